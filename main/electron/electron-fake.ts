/**
 * A stand-in for the `electron` module in unit tests (no Electron binary can run here), in the
 * spirit of electron/fiddle's main-process tests: `vi.mock('electron', () => import(...))`.
 * Objects are event emitters so tests can fire the events Electron would.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
  readonly print = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async () => undefined);
  readonly loadFile = vi.fn(async () => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly whenReady = vi.fn(async () => undefined);
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);
}

export const fakeApp = new FakeApp();
export const fakeIpcMain = { handle: vi.fn(), removeHandler: vi.fn() };
export const fakeIpcRenderer = { invoke: vi.fn() };
export const fakeContextBridge = { exposeInMainWorld: vi.fn() };
export const fakeShell = { openExternal: vi.fn(async () => undefined) };
export const fakeDialog = { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn(() => 0) };
/**
 * Sealing stands in as a reversible scramble (not encryption): tests check it is not the text.
 * The sync calls serve the server's password (secret-box.ts), the async ones the data key
 * (os-key-protection.ts).
 */
export const fakeSafeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  isAsyncEncryptionAvailable: vi.fn(async () => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret' as const),
  encryptStringAsync: vi.fn(async (text: string) => Buffer.from(`os:${text}`).reverse()),
  decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
    const text = Buffer.from(encrypted).reverse().toString();
    if (!text.startsWith('os:')) throw new Error('not ours');
    return { result: text.slice(3), shouldReEncrypt: false };
  }),
  encryptString: vi.fn((text: string) =>
    Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
  ),
  decryptString: vi.fn((sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:')) throw new Error('not sealed here');
    return Buffer.from(text.slice('sealed:'.length), 'hex').toString();
  }),
};
export const fakeMenu = {
  buildFromTemplate: vi.fn((template: unknown) => template),
  setApplicationMenu: vi.fn(),
};
export const fakeSession = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
};

/** The module object that `vi.mock('electron', ...)` should resolve to. */
export const electronFake = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  contextBridge: fakeContextBridge,
  dialog: fakeDialog,
  ipcMain: fakeIpcMain,
  ipcRenderer: fakeIpcRenderer,
  Menu: fakeMenu,
  safeStorage: fakeSafeStorage,
  session: fakeSession,
  shell: fakeShell,
};

/** The listeners a fake emitter holds for `event`, typed loosely for the test to call. */
export function listenersOf(emitter: EventEmitter, event: string): Listener[] {
  return emitter.listeners(event) as Listener[];
}

export function resetElectronFake(): void {
  vi.clearAllMocks();
  fakeApp.removeAllListeners();
  fakeApp.isPackaged = true;
  fakeApp.requestSingleInstanceLock.mockImplementation(() => true);
  fakeApp.whenReady.mockImplementation(async () => undefined);
  fakeSafeStorage.isEncryptionAvailable.mockImplementation(() => true);
  fakeSafeStorage.isAsyncEncryptionAvailable.mockImplementation(async () => true);
  FakeBrowserWindow.instances.length = 0;
}
