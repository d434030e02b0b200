import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectronFake } from './electron-fake';
import { createMainWindow, focusMainWindow, getMainWindow } from './window';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const fileLocation = {
  kind: 'file' as const,
  indexHtml: '/app/out/renderer/index.html',
  directory: '/app/out/renderer',
};

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0] as FakeBrowserWindow;
}

describe('the main window', () => {
  beforeEach(() => resetElectronFake());

  it('is created with the secure web preferences and the built preload', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', location: fileLocation });
    expect(onlyWindow().options['webPreferences']).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('stays hidden until ready-to-show', () => {
    createMainWindow({ preload: '/p.cjs', location: fileLocation });
    const window = onlyWindow();
    expect(window.options['show']).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('loads the built index.html from disk', () => {
    createMainWindow({ preload: '/p.cjs', location: fileLocation });
    expect(onlyWindow().loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    expect(onlyWindow().loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server URL in development', () => {
    createMainWindow({
      preload: '/p.cjs',
      location: {
        kind: 'devServer',
        url: 'http://localhost:5173/',
        origin: 'http://localhost:5173',
      },
    });
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('is forgotten once closed, and restored and focused on request', () => {
    const window = createMainWindow({ preload: '/p.cjs', location: fileLocation });
    const fake = onlyWindow();
    expect(getMainWindow()).toBe(window);
    fake.isMinimized.mockReturnValue(true);
    focusMainWindow();
    expect(fake.restore).toHaveBeenCalled();
    expect(fake.focus).toHaveBeenCalled();
    fake.emit('closed');
    expect(getMainWindow()).toBeNull();
  });
});
