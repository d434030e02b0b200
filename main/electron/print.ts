/**
 * Printing the stay summary (利用記録, one A4 page). Thin wrappers so callers do not repeat the
 * page options and get promises with plain results instead of Electron's callback style.
 */
import { writeFile } from 'node:fs/promises';
import type { PrintToPDFOptions, WebContents, WebContentsPrintOptions } from 'electron';

// printBackground keeps the table shading and seal boxes, which are drawn as backgrounds.
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  landscape: false,
  printBackground: true,
};

export const PRINT_OPTIONS: WebContentsPrintOptions = {
  silent: false,
  pageSize: 'A4',
  landscape: false,
  printBackground: true,
};

export type PrintResult = { printed: true } | { printed: false; reason: string };

export async function printToPdf(contents: WebContents, path: string): Promise<void> {
  const pdf = await contents.printToPDF(PDF_OPTIONS);
  await writeFile(path, pdf);
}

/**
 * Opens the system print dialog. Cancelling is a normal outcome (reason 'Print job canceled'
 * or similar), so it resolves instead of rejecting.
 */
export function printPage(contents: WebContents): Promise<PrintResult> {
  return new Promise((resolve) => {
    contents.print(PRINT_OPTIONS, (success, failureReason) => {
      resolve(success ? { printed: true } : { printed: false, reason: failureReason });
    });
  });
}
