import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApp, listenersOf, resetElectronFake } from './electron-fake';
import { setupRuntimeShutdown, setupSingleInstance, setupWindowLifecycle } from './lifecycle';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

function emit(event: string, ...args: unknown[]): void {
  for (const listener of listenersOf(fakeApp, event)) {
    (listener as (...values: unknown[]) => void)(...args);
  }
}

describe('app lifecycle', () => {
  beforeEach(() => resetElectronFake());

  it('quits when another instance holds the lock', () => {
    fakeApp.requestSingleInstanceLock.mockReturnValue(false);
    expect(setupSingleInstance(vi.fn())).toBe(false);
    expect(fakeApp.quit).toHaveBeenCalled();
  });

  it('focuses the existing window when a second instance starts', () => {
    const focus = vi.fn();
    expect(setupSingleInstance(focus)).toBe(true);
    expect(fakeApp.quit).not.toHaveBeenCalled();
    emit('second-instance', {}, ['tomari'], '/');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('quits when all windows are closed, except on macOS', () => {
    const platform = vi.spyOn(process, 'platform', 'get');
    setupWindowLifecycle(vi.fn());
    platform.mockReturnValue('win32');
    emit('window-all-closed');
    expect(fakeApp.quit).toHaveBeenCalledTimes(1);
    platform.mockReturnValue('darwin');
    emit('window-all-closed');
    expect(fakeApp.quit).toHaveBeenCalledTimes(1);
    platform.mockRestore();
  });

  it('reopens a window when the app is activated', () => {
    const open = vi.fn();
    setupWindowLifecycle(open);
    emit('activate');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('holds quitting until the runtime has closed, then quits once', async () => {
    let finishClose: () => void = () => undefined;
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    setupRuntimeShutdown(close);

    const first = { preventDefault: vi.fn() };
    emit('will-quit', first);
    emit('will-quit', { preventDefault: vi.fn() });
    expect(first.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(fakeApp.quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(fakeApp.quit).toHaveBeenCalledTimes(1));
    const last = { preventDefault: vi.fn() };
    emit('will-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing the runtime fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setupRuntimeShutdown(async () => {
      throw new Error('disk gone');
    });
    emit('will-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(fakeApp.quit).toHaveBeenCalledTimes(1));
  });
});
