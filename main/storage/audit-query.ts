/**
 * The audit viewer's questions over the append-only trail (`audit.jsonl`): a period and
 * filters, newest first, a page at a time. The embedded store reads the trail through its
 * reader (audit-log.ts: each sealed line opened once and kept); a line that does not open or
 * parse (torn by a crash) is skipped, as for a record's history.
 */
import type { AuditEntry } from '../../shared/domain/schemas';
import { parseAuditLine, type AuditReader } from './audit-log';
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

/** The entries the query asks for, newest first; empty when there is no trail yet. */
export async function readAuditEntries(
  reader: AuditReader,
  query: AuditQuery,
): Promise<AuditEntry[]> {
  const all = await reader.lines();
  // A query by action reads only its lines (an action is letters and dots, written as is by
  // JSON.stringify, so a line without its text cannot hold an entry of it): the erases looked
  // for at every start (docs/retention.md) are a handful among a decade of lines.
  const needle = `"${query.action}`;
  const lines = query.action === undefined ? all : all.filter((line) => line.includes(needle));
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
