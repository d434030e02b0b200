/**
 * 保存期間 (docs/retention.md): the persons whose retention period is over, and their erase. The
 * period is the shared rule's (`shared/domain/retention.ts`); this module gathers the dates it
 * needs and does the erase in one change set, signed in the audit trail by a `person.erase`
 * entry that names the person by id only.
 *
 * An erase removes files in the reverse order (training, stays, then the person:
 * main/storage/apply-changes.ts), so a crash part-way leaves the person on file. `finishErasures`,
 * run when the store opens and after a restore, finds every person an erase entry names who is
 * still (or again, from a backup) on file, or whose stays are, and erases them again: the erase
 * ends all done, never half done.
 */
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { japanDateTime, todayInJapan } from '../../shared/domain/dates';
import {
  RETENTION_YEARS,
  retentionEnded,
  retentionPeriod,
  type RetentionPeriod,
} from '../../shared/domain/retention';
import type { AuditEntry, Person, Stay, TrainingRecord } from '../../shared/domain/schemas';
import type { StayDay } from '../../shared/domain/stay-day';
import { BACKUP_INTERVAL_MS, BACKUPS_KEPT } from '../storage/backups';
import type { Repository } from '../storage/repository';
import { auditEntry } from './audit';
import { timestamp } from './clock';
import type { ServiceContext } from './context';
import { requirePerson } from './lookups';

/** Wide enough for any stay ever booked; the repository reads the person's own index. */
const ALL_TIME = { from: '1900-01-01', to: '9999-12-31' };
/** Every entry of the trail, for the questions below. */
export const WHOLE_TRAIL = { from: '1970-01-01T00:00:00.000Z', to: '9999-12-31T00:00:00.000Z' };
const ERASE_ACTION = 'person.erase';

/** The Japan date of an audit entry. */
function japanDateOf(entry: AuditEntry): string {
  return japanDateTime(new Date(entry.at)).slice(0, 10);
}

/** When each person's record was made in Tomari: the day of its `person.create` entry. */
async function creationDays(repo: Repository): Promise<Map<string, string>> {
  const entries = await repo.auditEntries({
    ...WHOLE_TRAIL,
    entity: 'person',
    action: 'person.create',
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER,
  });
  const days = new Map<string, string>();
  // Newest first: the last one seen for an id is its first.
  for (const entry of entries) if (entry.entityId) days.set(entry.entityId, japanDateOf(entry));
  return days;
}

function periodOf(person: Person, stays: readonly Stay[], createdOn: string | undefined) {
  return retentionPeriod({
    stayEnds: stays.map((s) => s.end),
    authorizationEnds: person.authorizations.map((a) => a.to),
    registeredOn: person.registration.registeredOn,
    createdOn,
  });
}

function rowOf(person: Person, period: RetentionPeriod, stays: number) {
  return {
    id: person.id,
    familyName: person.familyName,
    givenName: person.givenName,
    familyNameKana: person.familyNameKana,
    givenNameKana: person.givenNameKana,
    registration: person.registration,
    ...period,
    stays,
  };
}

/** The persons whose period is over today, the longest over first. */
export async function retentionList(ctx: ServiceContext): Promise<ChannelOutput<'retention.list'>> {
  const today = todayInJapan(ctx.now());
  const created = await creationDays(ctx.repo);
  const rows: ChannelOutput<'retention.list'>['persons'] = [];
  for (const person of await ctx.repo.searchPersons('')) {
    const stays = await ctx.repo.staysInRange(ALL_TIME, { personId: person.id });
    const period = periodOf(person, stays, created.get(person.id));
    if (period && retentionEnded(period, today)) rows.push(rowOf(person, period, stays.length));
  }
  rows.sort((a, b) => (a.keptUntil < b.keptUntil ? -1 : a.keptUntil > b.keptUntil ? 1 : 0));
  return {
    today,
    retentionYears: RETENTION_YEARS,
    backups: { kept: BACKUPS_KEPT, intervalDays: BACKUP_INTERVAL_MS / 86_400_000 },
    persons: rows,
  };
}

/** Everything Tomari holds keyed to a person: their stays and each stay's records and days. */
export async function holdingsOf(repo: Repository, personId: string) {
  const stays = await repo.staysInRange(ALL_TIME, { personId });
  const trainingRecords: TrainingRecord[] = [];
  const days: StayDay[] = [];
  for (const stay of stays) {
    trainingRecords.push(...(await repo.trainingRecordsOfStay(stay.id)));
    days.push(...(await repo.stayDaysOfStay(stay.id)));
  }
  return { stays, trainingRecords, days };
}

/** The person's period, from what is on file now (the erase checks it again in its transaction). */
async function currentPeriod(ctx: ServiceContext, person: Person, stays: readonly Stay[]) {
  const created = (await ctx.repo.auditOf(person.id)).findLast((e) => e.action === 'person.create');
  return periodOf(person, stays, created ? japanDateOf(created) : undefined);
}

/**
 * What an erase of the person removes, counted, and whether it may happen today: what the
 * confirmation shows before the manager confirms.
 */
export async function retentionPreview(
  ctx: ServiceContext,
  input: ParsedInput<'retention.preview'>,
): Promise<ChannelOutput<'retention.preview'>> {
  const person = await requirePerson(ctx, input.personId);
  const held = await holdingsOf(ctx.repo, person.id);
  const period = await currentPeriod(ctx, person, held.stays);
  return {
    personId: person.id,
    familyName: person.familyName,
    givenName: person.givenName,
    keptUntil: period?.keptUntil ?? null,
    ended: retentionEnded(period, todayInJapan(ctx.now())),
    counts: countsOf(held),
  };
}

function countsOf(held: Awaited<ReturnType<typeof holdingsOf>>) {
  return {
    stays: held.stays.length,
    trainingRecords: held.trainingRecords.length,
    days: held.days.length,
    goals: held.stays.filter((s) => Object.keys(s.goals ?? {}).length > 0).length,
    staffComments: held.stays.filter((s) => s.staffComment !== undefined).length,
  };
}

/**
 * Erases the person and everything keyed to them from the live data, in one change set. Refused
 * with RETENTION_NOT_ENDED while their period runs (or when no period can be counted).
 */
export async function retentionErase(
  ctx: ServiceContext,
  input: ParsedInput<'retention.erase'>,
): Promise<ChannelOutput<'retention.erase'>> {
  const person = await requirePerson(ctx, input.personId);
  const held = await holdingsOf(ctx.repo, person.id);
  const period = await currentPeriod(ctx, person, held.stays);
  if (!retentionEnded(period, todayInJapan(ctx.now()))) {
    fail('RETENTION_NOT_ENDED', period ? { keptUntil: period.keptUntil } : { variant: 'noDate' });
  }
  const counts = countsOf(held);
  const stayIds = held.stays.map((s) => s.id);
  await ctx.repo.apply({
    deletePersonIds: [person.id],
    deleteStayIds: stayIds,
    audit: [
      auditEntry(ctx, {
        action: ERASE_ACTION,
        entity: 'person',
        entityId: person.id,
        // Ids and counts only: the entry outlives the person and must not name them.
        facts: {
          keptUntil: period?.keptUntil ?? null,
          stays: counts.stays,
          trainingRecords: counts.trainingRecords,
          days: counts.days,
          stayIds: stayIds.join(' '),
        },
      }),
    ],
  });
  return { personId: person.id, counts };
}

/** The erases signed in the trail (of one person, or all): person id → their erased stays' ids. */
async function signedErasures(repo: Repository, personId?: string): Promise<Map<string, string[]>> {
  const entries = await repo.auditEntries({
    ...WHOLE_TRAIL,
    entity: 'person',
    action: ERASE_ACTION,
    ...(personId !== undefined ? { about: [personId] } : {}),
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER,
  });
  const erased = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.action !== ERASE_ACTION || !entry.entityId) continue;
    const stayIds = entry.facts?.['stayIds'];
    const ids = typeof stayIds === 'string' && stayIds !== '' ? stayIds.split(' ') : [];
    erased.set(entry.entityId, [...(erased.get(entry.entityId) ?? []), ...ids]);
  }
  return erased;
}

/** The ids of the stays erased with the person (none when they were never erased). */
export async function erasedStaysOf(repo: Repository, personId: string): Promise<string[]> {
  return (await signedErasures(repo, personId)).get(personId) ?? [];
}

/**
 * Carries every signed erase through: each erased person still on file, or with a stay on file
 * (a crash part-way, a file restored from a backup made before the erase), is erased again, in
 * one change signed by the system. With `everything`, every signed erase is applied again
 * whether or not anything shows (after a restore: a restored training year may hold the records
 * of an erased stay, which only its stay id finds). Answers how many persons it erased again.
 */
export async function finishErasures(
  repo: Repository,
  now: () => Date,
  options: { everything?: boolean } = {},
): Promise<number> {
  const erased = await signedErasures(repo);
  if (erased.size === 0) return 0;
  const persons: string[] = [];
  const stays = new Set<string>();
  for (const [personId, stayIds] of erased) {
    const onFile = await repo.staysInRange(ALL_TIME, { personId });
    const left =
      (await repo.getPerson(personId)) !== undefined ||
      onFile.length > 0 ||
      (await Promise.all(stayIds.map((id) => repo.getStay(id)))).some((s) => s !== undefined);
    if (!left && !options.everything) continue;
    persons.push(personId);
    for (const id of [...stayIds, ...onFile.map((s) => s.id)]) stays.add(id);
  }
  if (persons.length === 0) return 0;
  const at = timestamp(now());
  await repo.apply({
    deletePersonIds: persons,
    deleteStayIds: [...stays],
    // After a restore, one entry for the whole pass; else one per person found left on file.
    audit: options.everything
      ? [
          {
            at,
            actor: 'system',
            action: 'retention.reapply',
            entity: 'storage',
            facts: { persons: persons.length },
          },
        ]
      : persons.map((personId) => ({
          at,
          actor: 'system',
          action: 'person.eraseFinished',
          entity: 'person' as const,
          entityId: personId,
        })),
  });
  return persons.length;
}
