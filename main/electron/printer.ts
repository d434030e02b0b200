/**
 * The desktop shell's printer for the service context (`ctx.printer`): it opens one of the
 * app's print routes (/print/…) in a window of its own, waits until the page says its data is
 * in (`data-print-ready`), then prints it (preview window + system dialog) or saves an A4 PDF
 * at a path the user chooses. The browser host has no such thing and its pages print
 * themselves with the browser.
 */
import { BrowserWindow, dialog } from 'electron';
import type { Printer } from '../services/context';
import { printPage, printToPdf } from './print';
import type { RendererLocation } from './renderer-location';
import { secureWebPreferences } from './window';

export interface PrinterDependencies {
  preload: string;
  location: RendererLocation;
  /** The window the save dialog belongs to (the app window), if any. */
  parentWindow(): BrowserWindow | null;
  /** How long to wait for the page's data before printing anyway with what is there. */
  readyTimeoutMs?: number;
}

/** Web contents of open print windows: they may call the API like the app window. */
const printContentsIds = new Set<number>();

export function isPrintWebContents(id: number): boolean {
  return printContentsIds.has(id);
}

const READY_CHECK = 'document.querySelector("[data-print-ready]") !== null';
const POLL_MS = 100;

async function waitUntilReady(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await window.webContents.executeJavaScript(READY_CHECK)) === true) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function openRoute(
  deps: PrinterDependencies,
  route: string,
  show: boolean,
): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    width: 900,
    height: 1100,
    title: 'Tomari — 印刷プレビュー',
    show,
    webPreferences: secureWebPreferences(deps.preload),
  });
  const id = window.webContents.id;
  printContentsIds.add(id);
  window.on('closed', () => printContentsIds.delete(id));
  if (deps.location.kind === 'devServer') {
    await window.loadURL(`${deps.location.url}#${route}`);
  } else {
    await window.loadFile(deps.location.indexHtml, { hash: route });
  }
  await waitUntilReady(window, deps.readyTimeoutMs ?? 10_000);
  return window;
}

function closeWindow(window: BrowserWindow): void {
  if (!window.isDestroyed()) window.close();
}

export function createPrinter(deps: PrinterDependencies): Printer {
  return {
    async preview(route) {
      // The preview window stays open behind the system dialog so staff see what prints.
      const window = await openRoute(deps, route, true);
      await printPage(window.webContents);
      closeWindow(window);
    },
    async savePdf(route) {
      const parent = deps.parentWindow();
      const options = {
        title: 'PDFを保存',
        defaultPath: `${route.split('/').filter(Boolean).join('-')}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { path: null };
      const window = await openRoute(deps, route, false);
      try {
        await printToPdf(window.webContents, choice.filePath);
      } finally {
        closeWindow(window);
      }
      return { path: choice.filePath };
    },
  };
}
