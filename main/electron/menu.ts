/**
 * A small Japanese application menu. Built from roles so Electron supplies the platform's
 * shortcuts (copy and paste on macOS need the Edit menu); developer tools only when unpackaged.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(options: {
  isMac: boolean;
  isPackaged: boolean;
}): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: 'Tomari',
          submenu: [
            { role: 'about', label: 'Tomari について' },
            { type: 'separator' },
            { role: 'hide', label: 'Tomari を隠す' },
            { role: 'hideOthers', label: 'ほかを隠す' },
            { role: 'unhide', label: 'すべてを表示' },
            { type: 'separator' },
            { role: 'quit', label: 'Tomari を終了' },
          ],
        },
      ]
    : [{ label: 'ファイル', submenu: [{ role: 'quit', label: '終了' }] }];

  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'toggleDevTools', label: '開発者ツール' }];

  return [
    ...appMenu,
    {
      label: '編集',
      submenu: [
        { role: 'undo', label: '元に戻す' },
        { role: 'redo', label: 'やり直す' },
        { type: 'separator' },
        { role: 'cut', label: '切り取り' },
        { role: 'copy', label: 'コピー' },
        { role: 'paste', label: '貼り付け' },
        { role: 'selectAll', label: 'すべて選択' },
      ],
    },
    {
      label: '表示',
      submenu: [
        { role: 'reload', label: '再読み込み' },
        { type: 'separator' },
        { role: 'resetZoom', label: '実際のサイズ' },
        { role: 'zoomIn', label: '拡大' },
        { role: 'zoomOut', label: '縮小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全画面表示' },
        ...developer,
      ],
    },
    {
      label: 'ウィンドウ',
      submenu: [
        { role: 'minimize', label: '最小化' },
        { role: 'close', label: '閉じる' },
      ],
    },
  ];
}

export function setupMenu(options: { isMac: boolean; isPackaged: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
