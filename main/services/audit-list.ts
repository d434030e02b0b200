/**
 * The audit viewer (監査ログ, manager only): the trail filtered by period, staff, person, record
 * and kind of action, a page at a time, and the same as a CSV file. Entries name who acted and
 * what changed, never the values, so neither the screen nor the file copies personal data.
 */
import { stringify } from 'csv-stringify/sync';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { addDays, japanDateTime } from '../../shared/domain/dates';
import type { AuditEntry } from '../../shared/domain/schemas';
import type { ServiceContext } from './context';
import type { AuditQuery } from '../storage/repository';
import { erasedStaysOf } from './retention';

type Filter = ParsedInput<'audit.csv'>;

/** Midnight in Japan at the start of a date, as an instant. */
function japanMidnight(date: string): string {
  return new Date(`${date}T00:00:00+09:00`).toISOString();
}

/**
 * Every stay of a person, whenever it was: those on file, and those erased with them at the end
 * of their retention period, whose ids the erase entry keeps (docs/retention.md).
 */
async function staysOfPerson(ctx: ServiceContext, personId: string): Promise<string[]> {
  const stays = await ctx.repo.staysInRange({ from: '1900-01-01', to: '2100-12-31' }, { personId });
  return [...new Set([...stays.map((s) => s.id), ...(await erasedStaysOf(ctx.repo, personId))])];
}

/** The repository's query for the viewer's filters: the dates are whole Japan days. */
async function queryOf(
  ctx: ServiceContext,
  filter: Filter,
  page: { offset: number; limit: number },
): Promise<AuditQuery | undefined> {
  let about: string[] | undefined;
  let ofStays: string[] | undefined;
  if (filter.personId !== undefined) {
    ofStays = await staysOfPerson(ctx, filter.personId);
    about = [filter.personId, ...ofStays];
  }
  if (filter.entityId !== undefined) {
    // Both: the one record, if it is the person's at all.
    if (about !== undefined && !about.includes(filter.entityId)) return undefined;
    about = [filter.entityId];
    ofStays = undefined;
  }
  return {
    from: japanMidnight(filter.from),
    to: japanMidnight(addDays(filter.to, 1)),
    ...(filter.staffId !== undefined ? { actor: filter.staffId } : {}),
    ...(filter.entity !== undefined ? { entity: filter.entity } : {}),
    ...(filter.action !== undefined ? { action: filter.action } : {}),
    ...(about !== undefined ? { about } : {}),
    ...(ofStays !== undefined ? { ofStays } : {}),
    ...page,
  };
}

export async function auditList(
  ctx: ServiceContext,
  input: ParsedInput<'audit.list'>,
): Promise<AuditEntry[]> {
  const query = await queryOf(ctx, input, { offset: input.offset, limit: input.limit });
  return query ? ctx.repo.auditEntries(query) : [];
}

/** At most this many lines go into one file: a longer period is exported in parts. */
export const AUDIT_CSV_MAX_ROWS = 100_000;

const CSV_HEADER = ['日時', '職員ID', '職員名', '操作', '対象', '対象ID', '変更した項目', '内容'];

/** A fact as one cell: `key=value` pairs, never values of personal fields (there are none). */
function factsCell(entry: AuditEntry): string {
  return Object.entries(entry.facts ?? {})
    .map(([key, value]) => `${key}=${value === null ? '' : String(value)}`)
    .join(' ');
}

/**
 * A cell Excel would run as a formula (=, +, -, @ first, or a tab or return) gets a leading
 * apostrophe, so nothing in the trail can become a formula on the office PC.
 */
function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * `audit.csv`: the entries the filters select, newest first, as a file Excel on a Japanese PC
 * opens as it is (csv-stringify: RFC 4180 quoting, UTF-8 with a BOM, CRLF, a Japanese header).
 */
export async function auditCsv(
  ctx: ServiceContext,
  input: ParsedInput<'audit.csv'>,
): Promise<ChannelOutput<'audit.csv'>> {
  const query = await queryOf(ctx, input, { offset: 0, limit: AUDIT_CSV_MAX_ROWS });
  const entries = query ? await ctx.repo.auditEntries(query) : [];
  const rows = entries.map((e) => [
    japanDateTime(new Date(e.at)),
    e.actor,
    e.actorName ?? '',
    e.action,
    e.entity,
    e.entityId ?? '',
    (e.fields ?? []).join(' '),
    factsCell(e),
  ]);
  const text = stringify([CSV_HEADER, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    cast: { string: defuseFormula },
  });
  return { fileName: `監査ログ_${input.from}_${input.to}.csv`, text, rows: rows.length };
}
