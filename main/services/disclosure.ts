/**
 * 本人開示 (docs/retention.md): everything Tomari holds on one person, for a manager to give the
 * person (or their guardian) as a JSON file and a printed copy. The record, every stay with its
 * goals and 職員所見, every training record and day fact of those stays, and every audit entry
 * about the person, their stays and their stays' records, with the names of the staff they name.
 */
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { AuditEntry } from '../../shared/domain/schemas';
import { timestamp } from './clock';
import type { ServiceContext } from './context';
import { requirePerson } from './lookups';
import { holdingsOf, WHOLE_TRAIL } from './retention';

function oldestFirst(a: AuditEntry, b: AuditEntry): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

export async function personDisclosure(
  ctx: ServiceContext,
  input: ParsedInput<'persons.disclosure'>,
): Promise<ChannelOutput<'persons.disclosure'>> {
  const person = await requirePerson(ctx, input.personId);
  const held = await holdingsOf(ctx.repo, person.id);
  const stayIds = held.stays.map((s) => s.id);
  const audit = await ctx.repo.auditEntries({
    ...WHOLE_TRAIL,
    about: [person.id, ...stayIds, ...held.trainingRecords.map((r) => r.id)],
    ofStays: stayIds,
    offset: 0,
    limit: Number.MAX_SAFE_INTEGER,
  });
  const named = new Set<string>();
  for (const entry of audit) named.add(entry.actor);
  for (const record of held.trainingRecords) {
    if (record.recordedBy) named.add(record.recordedBy);
    for (const version of record.history ?? [])
      if (version.recordedBy) named.add(version.recordedBy);
  }
  for (const day of held.days) if (day.recordedBy) named.add(day.recordedBy);
  const staffNames: Record<string, string> = {};
  for (const staff of await ctx.repo.listStaff()) {
    if (named.has(staff.id)) staffNames[staff.id] = staff.name;
  }
  const settings = await ctx.repo.getSettings();
  return {
    madeAt: timestamp(ctx.now()),
    facilityName: settings.facilityName,
    person,
    stays: [...held.stays],
    trainingRecords: held.trainingRecords,
    days: held.days,
    audit: audit.sort(oldestFirst),
    staffNames,
  };
}
