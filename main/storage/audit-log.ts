/**
 * Reading the append-only audit trail (`audit.jsonl`, one JSON entry a line). Used for the
 * history of one record; a line that does not parse (a write torn by a crash) is skipped rather
 * than hiding the rest of the history.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditEntrySchema, type AuditEntry } from '../../shared/domain/schemas';
import { AUDIT_FILE } from './data-files';

/** The trail's text, or '' while there is no trail yet. */
export async function readAuditText(dataDir: string): Promise<string> {
  try {
    return await readFile(join(dataDir, AUDIT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

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

/** The entries about one record, newest first; empty when there is no log yet. */
export async function readAuditOf(dataDir: string, entityId: string): Promise<AuditEntry[]> {
  const text = await readAuditText(dataDir);
  const entries: AuditEntry[] = [];
  for (const line of text.split('\n')) {
    // Cheap pre-filter: most lines are about other records.
    if (!line.includes(entityId)) continue;
    const entry = parseAuditLine(line);
    if (entry?.entityId === entityId) entries.push(entry);
  }
  // The log is in write order; a stable reverse keeps same-instant entries in reverse order too.
  return entries.reverse();
}

export interface AuditCheck {
  /** Lines that parse as audit entries. */
  entries: AuditEntry[];
  /** Their text, in file order (restore merges by line). */
  goodLines: string[];
  /**
   * Lines cut off by a crash in the middle of an append: the start of an entry, nothing else.
   * Entries are written before their change, so such a line names a change that never happened.
   */
  tornLines: number;
  /** Lines that are neither: the file was damaged (a disk fault, NUL-filled blocks, an edit). */
  badLines: number;
}

/** The start every serialized entry has (`JSON.stringify` of an entry begins with `at`). */
const ENTRY_START = '{"at":"';

/** Reads the whole audit log and sorts its lines into good, torn and damaged. */
export function checkAuditText(text: string): AuditCheck {
  const result: AuditCheck = { entries: [], goodLines: [], tornLines: 0, badLines: 0 };
  for (const line of text.split('\n')) {
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
      result.goodLines.push(line);
    } else result.badLines++;
  }
  return result;
}
