/**
 * Reading the append-only audit trail (`audit.jsonl`). Each line on disk is one sealed record
 * (file-codec.ts) holding the JSON entries of one append, one a line.
 */
import { join } from 'node:path';
import { auditEntrySchema, type AuditEntry } from '../../shared/domain/schemas';
import { AUDIT_FILE } from './data-files';
import { readBytesIfExists } from './durable-file';
import { decodeLines, type FileCodec } from './file-codec';

/** One line of the trail as an entry; undefined for a line that does not parse (torn, damaged). */
export function parseAuditLine(line: string): AuditEntry | undefined {
  if (line === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  const entry = auditEntrySchema.safeParse(parsed);
  return entry.success ? entry.data : undefined;
}

/** The store's reader of the trail; `reset` after the file is rewritten (a restore). */
export interface AuditReader {
  /** Every entry line of the trail, opened, in file order ([] while there is no trail yet). */
  lines(): Promise<readonly string[]>;
  /** The entries about one record, newest first. */
  entriesOf(entityId: string): Promise<AuditEntry[]>;
  reset(): void;
}

/**
 * The audit trail's reader for the history of one record and the audit viewer. The trail is
 * append-only, so what was opened (decrypted) once is kept, and each read opens only the lines
 * appended since: a history or a page of the viewer costs a scan of memory, not the decryption
 * of years of lines (docs/storage.md). A line that does not open or parse (a write torn by a
 * crash) is skipped rather than hiding the rest.
 */
export function createAuditReader(codec: FileCodec, dataDir: string): AuditReader {
  const path = join(dataDir, AUDIT_FILE);
  let opened = { bytes: 0, lines: [] as string[] };
  const lines = async () => {
    const bytes = (await readBytesIfExists(path)) ?? Buffer.alloc(0);
    // Shorter than what was read: rewritten behind the reader's back; start over.
    if (bytes.length < opened.bytes) opened = { bytes: 0, lines: [] };
    // Whole lines only: a line still without its newline may be torn.
    const end = bytes.lastIndexOf(0x0a) + 1;
    if (end > opened.bytes) {
      const text = bytes.subarray(opened.bytes, end).toString('utf8');
      for (const { lines: held } of decodeLines(codec, AUDIT_FILE, text).good) {
        for (const line of held) if (line !== '') opened.lines.push(line);
      }
      opened.bytes = end;
    }
    return opened.lines;
  };
  return {
    lines,
    async entriesOf(entityId) {
      const entries: AuditEntry[] = [];
      for (const line of await lines()) {
        // Cheap pre-filter: most lines are about other records.
        if (!line.includes(entityId)) continue;
        const entry = parseAuditLine(line);
        if (entry?.entityId === entityId) entries.push(entry);
      }
      // The log is in write order; a stable reverse keeps same-instant entries in reverse order.
      return entries.reverse();
    },
    reset() {
      opened = { bytes: 0, lines: [] };
    },
  };
}

export interface AuditCheck {
  /** Entries that parse, in file order. */
  entries: AuditEntry[];
  /** For each entry, the stored line it came from (a restore merges by stored line). */
  goodLines: string[];
  /**
   * Lines cut off by a crash in the middle of an append. Entries are written before their
   * change, so such a line names a change that never happened.
   */
  tornLines: number;
  /** Lines that are neither: the file was damaged (a disk fault, an edit, another key). */
  badLines: number;
}

/** The start every serialized entry has (`JSON.stringify` of an entry begins with `at`). */
const ENTRY_START = '{"at":"';

/**
 * Sorts the lines of the audit trail into good, torn and damaged. A sealed line that opens may
 * still hold a torn entry: one sealed, byte for byte, when a plain folder was encrypted.
 */
export function checkAuditText(codec: FileCodec, text: string): AuditCheck {
  const opened = decodeLines(codec, AUDIT_FILE, text);
  const result: AuditCheck = {
    entries: [],
    goodLines: [],
    tornLines: opened.torn,
    badLines: opened.bad,
  };
  for (const { stored, lines } of opened.good) {
    for (const line of lines) {
      if (line === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        const torn =
          line.startsWith(ENTRY_START) && !line.includes('\u0000') && !line.includes('\uFFFD');
        if (torn) result.tornLines++;
        else result.badLines++;
        continue;
      }
      const entry = auditEntrySchema.safeParse(parsed);
      if (entry.success) {
        result.entries.push(entry.data);
        result.goodLines.push(stored);
      } else result.badLines++;
    }
  }
  return result;
}

/** The stored lines of a check, each once, in order (what a restore writes back). */
export function storedLinesOf(check: AuditCheck): string[] {
  return [...new Set(check.goodLines)];
}
