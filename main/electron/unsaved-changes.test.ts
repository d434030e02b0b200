import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDialog, FakeBrowserWindow, listenersOf, resetElectronFake } from './electron-fake';
import { createMainWindow } from './window';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

/** The window as the renderer leaves it when a form has unsaved input and someone closes it. */
function closeWithUnsavedInput(window: FakeBrowserWindow): { preventDefault: () => void } {
  const event = { preventDefault: vi.fn() };
  for (const listener of listenersOf(window.webContents, 'will-prevent-unload')) {
    (listener as (e: typeof event) => void)(event);
  }
  return event;
}

describe('closing the window with unsaved input', () => {
  beforeEach(() => resetElectronFake());

  function openWindow(): FakeBrowserWindow {
    createMainWindow({
      preload: '/p.cjs',
      location: { kind: 'file', indexHtml: '/app/index.html', directory: '/app' },
    });
    return FakeBrowserWindow.instances[0] as FakeBrowserWindow;
  }

  it('asks in Japanese, offering to go back to the input by default', () => {
    const window = openWindow();
    closeWithUnsavedInput(window);
    expect(fakeDialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    const [parent, options] = fakeDialog.showMessageBoxSync.mock.calls[0] as unknown as [
      unknown,
      { message: string; buttons: string[]; defaultId: number; cancelId: number },
    ];
    expect(parent).toBe(window);
    expect(options.message).toBe('保存していない変更があります');
    expect(options.buttons).toEqual(['変更を破棄する', '入力に戻る']);
    expect(options.buttons[options.defaultId]).toBe('入力に戻る');
    expect(options.buttons[options.cancelId]).toBe('入力に戻る');
  });

  it('closes when the user discards the changes', () => {
    fakeDialog.showMessageBoxSync.mockReturnValue(0);
    const event = closeWithUnsavedInput(openWindow());
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('stays open, input intact, when the user goes back (or presses Escape)', () => {
    fakeDialog.showMessageBoxSync.mockReturnValue(1);
    const event = closeWithUnsavedInput(openWindow());
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
