import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type * as ElectronFake from './electron-fake';
import { createPrinter, isPrintWebContents } from './printer';

// The shared fake, plus what printing uses: a page that can be asked whether it is ready,
// windows that close, and the save dialog.
const extra = vi.hoisted(() => ({ showSaveDialog: vi.fn() }));
vi.mock('electron', async () => {
  const fake = (await import('./electron-fake')).electronFake;
  class PrintWindow extends fake.BrowserWindow {
    readonly close = vi.fn(() => this.emit('closed'));
    constructor(options: Record<string, unknown>) {
      super(options);
      Object.assign(this.webContents, { executeJavaScript: vi.fn(async () => true) });
    }
  }
  return {
    ...fake,
    BrowserWindow: PrintWindow,
    dialog: { ...fake.dialog, showSaveDialog: extra.showSaveDialog },
  };
});

type Fake = typeof ElectronFake;
let fake: Fake;
let folder: string;

const fileLocation = {
  kind: 'file' as const,
  indexHtml: '/app/out/renderer/index.html',
  directory: '/app/out/renderer',
};

beforeEach(async () => {
  fake = await import('./electron-fake');
  fake.resetElectronFake();
  folder = await mkdtemp(join(tmpdir(), 'tomari-printer-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

function lastWindow() {
  const window = fake.FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was opened');
  return window;
}

describe('the Electron printer', () => {
  it('shows the route in a secure preview window, opens the A4 print dialog, then closes it', async () => {
    const printer = createPrinter({
      preload: '/app/out/preload/index.cjs',
      location: fileLocation,
      parentWindow: () => null,
    });
    const printing = printer.preview('/print/summary/s1');
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
    const window = lastWindow();
    window.webContents.print.mockImplementation((_o, done: (ok: boolean, why: string) => void) =>
      done(true, ''),
    );
    await printing;
    expect(window.options).toMatchObject({
      show: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(window.loadFile).toHaveBeenCalledWith(fileLocation.indexHtml, {
      hash: '/print/summary/s1',
    });
    expect(window.webContents.print).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: false }),
      expect.any(Function),
    );
    expect((window as unknown as { close: () => void }).close).toHaveBeenCalled();
    expect(isPrintWebContents(window.webContents.id)).toBe(false);
  });

  it('lets its print window call the API while it is open', async () => {
    const printer = createPrinter({
      preload: 'p',
      location: {
        kind: 'devServer',
        url: 'http://localhost:5173/',
        origin: 'http://localhost:5173',
      },
      parentWindow: () => null,
    });
    const printing = printer.preview('/print/summaries/2026-05');
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
    const window = lastWindow();
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/#/print/summaries/2026-05');
    expect(isPrintWebContents(window.webContents.id)).toBe(true);
    window.webContents.print.mockImplementation((_o, done: (ok: boolean, why: string) => void) =>
      done(false, 'Print job canceled'),
    );
    await vi.waitFor(() => expect(window.webContents.print).toHaveBeenCalled());
    await printing;
    expect(isPrintWebContents(window.webContents.id)).toBe(false);
  });

  it('saves an A4 PDF at the path chosen in the save dialog, from a hidden window', async () => {
    const path = join(folder, 'summary.pdf');
    extra.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    const parent = { id: 'main' } as unknown as BrowserWindow;
    const printer = createPrinter({
      preload: 'p',
      location: fileLocation,
      parentWindow: () => parent,
    });
    await expect(printer.savePdf('/print/summary/s1')).resolves.toEqual({ path });
    expect(extra.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
    const window = lastWindow();
    expect(window.options).toMatchObject({ show: false });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', landscape: false, printBackground: true }),
    );
    expect(await readFile(path, 'latin1')).toBe('%PDF-1.7 fake');
  });

  it('opens no window and answers a null path when the save dialog is cancelled', async () => {
    extra.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const printer = createPrinter({
      preload: 'p',
      location: fileLocation,
      parentWindow: () => null,
    });
    await expect(printer.savePdf('/print/summary/s1')).resolves.toEqual({ path: null });
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
  });
});
