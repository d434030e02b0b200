import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from './electron-fake';
import { printPage, printToPdf } from './print';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

describe('printing', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tomari-print-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes an A4 PDF with backgrounds to the given path', async () => {
    const contents = new FakeWebContents();
    const path = join(folder, 'summary.pdf');
    await printToPdf(contents as unknown as WebContents, path);
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true, landscape: false }),
    );
    expect(await readFile(path, 'latin1')).toBe('%PDF-1.7 fake');
  });

  it('opens the print dialog for A4 and reports success', async () => {
    const contents = new FakeWebContents();
    contents.print.mockImplementation((_options, callback: (ok: boolean, why: string) => void) =>
      callback(true, ''),
    );
    await expect(printPage(contents as unknown as WebContents)).resolves.toEqual({ printed: true });
    expect(contents.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false, pageSize: 'A4', printBackground: true }),
      expect.any(Function),
    );
  });

  it('resolves with the reason when printing is cancelled or fails', async () => {
    const contents = new FakeWebContents();
    contents.print.mockImplementation((_options, callback: (ok: boolean, why: string) => void) =>
      callback(false, 'Print job canceled'),
    );
    await expect(printPage(contents as unknown as WebContents)).resolves.toEqual({
      printed: false,
      reason: 'Print job canceled',
    });
  });
});
