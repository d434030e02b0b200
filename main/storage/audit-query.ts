/**
 * The audit viewer's questions over the append-only trail (`audit.jsonl`): a period and
 * filters, newest first, a page at a time. The embedded store reads the file through; a line
 * that does not parse (torn by a crash) is skipped, as for a record's history (audit-log.ts).
 */
import type { AuditEntry } from '../../shared/domain/schemas';
import { parseAuditLine, readAuditText } from './audit-log';
import type { AuditQuery } from './repository';

/** True when the entry answers the query's period and filters (paging aside). */
export function auditEntryMatches(entry: AuditEntry, query: AuditQuery): boolean {
  const at = Date.parse(entry.at);
  if (!(at >= Date.parse(query.from) && at < Date.parse(query.to))) return false;
  if (query.actor !== undefined && entry.actor !== query.actor) return false;
  if (query.entity !== undefined && entry.entity !== query.entity) return false;
  if (
    query.action !== undefined &&
    entry.action !== query.action &&
    !entry.action.startsWith(`${query.action}.`)
  ) {
    return false;
  }
  if (query.about !== undefined) {
    const stayId = entry.facts?.['stayId'];
    const aboutIt = entry.entityId !== undefined && query.about.includes(entry.entityId);
    const ofStay = typeof stayId === 'string' && (query.ofStays ?? []).includes(stayId);
    if (!aboutIt && !ofStay) return false;
  }
  return true;
}

/**
 * The lines holding `needle`, in order, found without splitting the whole trail: a query by
 * action (an action is letters and dots, written as is by JSON.stringify, so a line without its
 * text cannot hold an entry of it) reads only its lines. The erases looked for at every start
 * (docs/retention.md) are a handful among a decade of lines.
 */
function linesWith(text: string, needle: string): string[] {
  const lines: string[] = [];
  let at = text.indexOf(needle);
  while (at !== -1) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    lines.push(text.slice(start, end));
    at = newline === -1 ? -1 : text.indexOf(needle, end);
  }
  return lines;
}

/** The entries the query asks for, newest first; empty when there is no trail yet. */
export async function readAuditEntries(dataDir: string, query: AuditQuery): Promise<AuditEntry[]> {
  const text = await readAuditText(dataDir);
  const lines = query.action === undefined ? text.split('\n') : linesWith(text, `"${query.action}`);
  const page: AuditEntry[] = [];
  let skipped = 0;
  // From the end: the newest entries are the last lines, and a page is usually the first one.
  for (let i = lines.length - 1; i >= 0 && page.length < query.limit; i--) {
    const entry = parseAuditLine(lines[i] ?? '');
    if (!entry || !auditEntryMatches(entry, query)) continue;
    if (skipped < query.offset) skipped++;
    else page.push(entry);
  }
  return page;
}
