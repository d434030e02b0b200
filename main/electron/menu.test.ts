import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const roles = (template: ReturnType<typeof menuTemplate>) =>
  template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : [])).map((i) => i.role);

describe('application menu', () => {
  it('has Japanese top-level labels and an edit menu for copy and paste', () => {
    const template = menuTemplate({ isMac: false, isPackaged: true });
    expect(template.map((item) => item.label)).toEqual(['ファイル', '編集', '表示', 'ウィンドウ']);
    expect(roles(template)).toEqual(expect.arrayContaining(['copy', 'paste', 'quit']));
  });

  it('offers developer tools only when unpackaged', () => {
    expect(roles(menuTemplate({ isMac: false, isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ isMac: true, isPackaged: false }))).toContain('toggleDevTools');
  });
});
