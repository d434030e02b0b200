import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import type { ServiceError } from '../../shared/api/errors';
import { errorText } from '../../shared/messages/render';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ElectronFake from './electron-fake';
import type { InvokeHandler } from './ipc';
import type * as Runtime from '../runtime';
import { startTomari as realStartTomari } from '../runtime';
import { TEST_KEYS } from '../storage/test-fixtures';

type Fake = typeof ElectronFake;

describe('the Electron entry', () => {
  let fake: Fake;
  /** An open store's answers: its key state (no recovery key waiting), else an empty list. */
  const answer = (channel: string) =>
    channel === 'storage.keyState'
      ? { ok: true as const, value: { state: 'open', recoveryKeyWaiting: false } }
      : { ok: true as const, value: [] };
  const runtime = {
    dispatch: vi.fn(async (channel: string) => answer(channel)),
    close: vi.fn(async () => undefined),
  };
  const startTomari = vi.fn<() => Promise<typeof runtime>>(async () => runtime);

  // index.ts acts on import, so each test loads a fresh copy with a fresh fake Electron.
  async function start(configure: (fake: Fake) => void = () => undefined): Promise<void> {
    vi.resetModules();
    vi.clearAllMocks();
    fake = await import('./electron-fake');
    const electron = fake.electronFake;
    vi.doMock('electron', () => electron);
    vi.doMock('../runtime', async (original) => ({
      ...(await original<typeof Runtime>()),
      startTomari,
    }));
    configure(fake);
    await import('./index');
  }

  async function started(): Promise<void> {
    await start();
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
  }

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('quits without starting anything when another instance holds the lock', async () => {
    await start((f) => f.fakeApp.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.fakeApp.quit).toHaveBeenCalled();
    expect(fake.fakeApp.whenReady).not.toHaveBeenCalled();
    expect(startTomari).not.toHaveBeenCalled();
  });

  it("shows the store's refusal, naming the process that holds the data folder, and exits", async () => {
    // A real refusal: this test process holds a data folder, and a second start is refused.
    const dir = await mkdtemp(join(tmpdir(), 'tomari-electron-lock-'));
    const holder = await realStartTomari({ keys: TEST_KEYS, dataDir: dir });
    try {
      const refusal = await realStartTomari({ keys: TEST_KEYS, dataDir: dir }).then(
        () => expect.fail('the second start was not refused'),
        (error: unknown) => error as ServiceError,
      );
      expect(refusal.error.code).toBe('DATA_FOLDER_LOCKED');
      startTomari.mockRejectedValueOnce(refusal);
      await start();
      await vi.waitFor(() => expect(fake.fakeApp.exit).toHaveBeenCalledWith(1));
      expect(fake.fakeDialog.showErrorBox).toHaveBeenCalledWith(
        'Tomari を起動できませんでした',
        refusal.error.message,
      );
      expect(refusal.error.message).toContain(`プロセス番号 ${process.pid}`);
      expect(refusal.error.message).toContain(`コンピューター「${hostname()}」`);
    } finally {
      await holder.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts the runtime on the data folder under userData (who acts comes from sign-in)', async () => {
    await started();
    expect(fake.fakeApp.getPath).toHaveBeenCalledWith('userData');
    // After the app's configuration was read (none here: this PC's own folder).
    await vi.waitFor(() => expect(startTomari).toHaveBeenCalled());
    expect(startTomari).toHaveBeenCalledWith({
      dataDir: join('/fake/userData', 'data'),
      keys: { keys: expect.any(Object) },
      printer: expect.objectContaining({ preview: expect.any(Function) }),
      connection: expect.objectContaining({ save: expect.any(Function) }),
    });
  });

  it("opens the facility's server when the configuration names it, its password unsealed", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tomari-electron-config-'));
    try {
      const sealed = Buffer.from(`sealed:${Buffer.from('pw-kanri').toString('hex')}`);
      await writeFile(
        join(dir, 'tomari-config.json'),
        JSON.stringify({
          version: 1,
          store: {
            kind: 'server',
            host: 'db.example.jp',
            port: 5432,
            database: 'tomari',
            user: 'desk',
            tls: false,
            sealedPassword: sealed.toString('base64'),
          },
        }),
      );
      await start((f) => f.fakeApp.getPath.mockImplementation(() => dir));
      await vi.waitFor(() => expect(startTomari).toHaveBeenCalled());
      expect(startTomari).toHaveBeenCalledWith(
        expect.objectContaining({
          dataDir: join(dir, 'data'),
          database: { url: 'postgres://desk:pw-kanri@db.example.jp:5432/tomari' },
        }),
      );
      expect(fake.fakeSafeStorage.decryptString).toHaveBeenCalled();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('opens one secure window with the built preload and renderer', async () => {
    await started();
    const window = fake.FakeBrowserWindow.instances[0] as InstanceType<Fake['FakeBrowserWindow']>;
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const preload = (window.options['webPreferences'] as { preload: string }).preload;
    expect(preload.endsWith(join('preload', 'index.cjs'))).toBe(true);
    expect(window.loadFile).toHaveBeenCalledWith(
      expect.stringMatching(/renderer[\\/]index\.html$/),
    );
  });

  it('loads ELECTRON_RENDERER_URL when running unpackaged in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await start((f) => {
      f.fakeApp.isPackaged = false;
    });
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
    const window = fake.FakeBrowserWindow.instances[0] as InstanceType<Fake['FakeBrowserWindow']>;
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('installs the security hooks before the window exists', async () => {
    await started();
    const session = fake.fakeSession.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(fake.fakeApp.listenerCount('web-contents-created')).toBe(1);
  });

  /** Calls through IPC as the app's window does. */
  function windowCaller(): (channel: string, input: unknown) => Promise<unknown> {
    const window = fake.FakeBrowserWindow.instances[0] as InstanceType<Fake['FakeBrowserWindow']>;
    const handler = fake.fakeIpcMain.handle.mock.calls[0]?.[1] as InvokeHandler;
    const loaded = window.loadFile.mock.calls[0] as unknown as [string];
    const event = {
      sender: { id: window.webContents.id },
      senderFrame: { url: new URL(`file://${loaded[0]}`).href, parent: null },
    } as unknown as IpcMainInvokeEvent;
    return (channel, input) => handler(event, channel, input);
  }

  it('answers IPC from its window through the runtime', async () => {
    await started();
    await expect(windowCaller()('beds.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(runtime.dispatch).toHaveBeenCalledWith('beds.list', {}, {});
  });

  it("signs the window's session out when the window goes away", async () => {
    await started();
    const window = fake.FakeBrowserWindow.instances[0] as InstanceType<Fake['FakeBrowserWindow']>;
    const handler = fake.fakeIpcMain.handle.mock.calls[0]?.[1] as InvokeHandler;
    const loaded = window.loadFile.mock.calls[0] as unknown as [string];
    const event = {
      sender: { id: window.webContents.id },
      senderFrame: { url: new URL(`file://${loaded[0]}`).href, parent: null },
    } as unknown as IpcMainInvokeEvent;
    runtime.dispatch.mockResolvedValueOnce({
      ok: true,
      value: { session: 'the-session', staff: {} } as never,
    });
    await handler(event, 'session.signIn', { staffId: 's1', secret: 'secret-1' });
    window.webContents.emit('destroyed');
    await vi.waitFor(() =>
      expect(runtime.dispatch).toHaveBeenCalledWith(
        'session.signOut',
        {},
        { session: 'the-session' },
      ),
    );
  });

  it('closes the runtime before quitting', async () => {
    await started();
    for (const listener of fake.listenersOf(fake.fakeApp, 'will-quit')) {
      (listener as (event: unknown) => void)({ preventDefault: vi.fn() });
    }
    await vi.waitFor(() => expect(fake.fakeApp.quit).toHaveBeenCalled());
    expect(runtime.close).toHaveBeenCalledTimes(1);
  });

  it("asks the window for the manager's passphrase where the OS cannot protect the key, then starts", async () => {
    await start((f) => f.fakeSafeStorage.isAsyncEncryptionAvailable.mockResolvedValue(false));
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
    const ask = windowCaller();
    expect(await ask('storage.keyState', {})).toEqual({
      ok: true,
      value: { state: 'passphrase', passphraseSet: false },
    });
    // Nothing else is answered, and nothing opened, until the passphrase is given.
    expect(await ask('beds.list', {})).toMatchObject({
      ok: false,
      error: {
        code: 'KEY_PROTECTION_UNAVAILABLE',
        message: errorText('ja', 'KEY_PROTECTION_UNAVAILABLE', {}),
      },
    });
    expect(startTomari).not.toHaveBeenCalled();
    expect(fake.fakeApp.exit).not.toHaveBeenCalled();

    // Opened, the store says whether it made a recovery key to show.
    expect(await ask('storage.unlock', { passphrase: 'kanrisha-no-aikotoba' })).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
    expect(startTomari).toHaveBeenCalledWith({
      dataDir: join('/fake/userData', 'data'),
      keys: { keys: expect.any(Object) },
      printer: expect.objectContaining({ preview: expect.any(Function) }),
      connection: expect.any(Object),
    });
    await expect(ask('beds.list', {})).resolves.toEqual({ ok: true, value: [] });
  });

  it('tells the user and exits when the data store cannot start', async () => {
    startTomari.mockRejectedValueOnce(new Error('data folder unreadable'));
    await started();
    await vi.waitFor(() => expect(fake.fakeApp.exit).toHaveBeenCalledWith(1));
    expect(fake.fakeDialog.showErrorBox).toHaveBeenCalledWith(
      'Tomari を起動できませんでした',
      expect.stringContaining('data folder unreadable'),
    );
  });
});
