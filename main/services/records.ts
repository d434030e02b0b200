/**
 * The 実績記録票 (短期入所サービス提供実績記録票) of a month: per guest, one row per day of use with
 * the day's facts, the totals, and what looks wrong before it is printed.
 */
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { recordPersonSchema, type MonthRecord } from '../../shared/api/paperwork-schemas';
import type { Person, Settings, Stay } from '../../shared/domain/schemas';
import type { StayDay } from '../../shared/domain/stay-day';
import { monthRange } from '../../shared/paperwork/days-of-use';
import { monthRecordDays, recordTotals } from '../../shared/paperwork/month-record';
import { monthlyAllowance, recordChecks } from '../../shared/paperwork/record-checks';
import { todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { requirePerson } from './lookups';

function buildRecord(
  person: Person,
  settings: Settings,
  personStays: readonly Stay[],
  saved: readonly StayDay[],
  month: string,
  today: string,
): MonthRecord {
  const days = monthRecordDays(personStays, saved, settings.dayDefaults, month);
  return {
    month,
    person: recordPersonSchema.parse(person),
    provider: {
      number: settings.providerNumber,
      name: settings.facilityName,
      address: settings.address,
    },
    allowance: monthlyAllowance(person, month),
    days,
    totals: recordTotals(days),
    checks: recordChecks({
      person,
      providerNumber: settings.providerNumber,
      personStays,
      days,
      month,
      today,
    }),
  };
}

export async function monthRecord(
  ctx: ServiceContext,
  input: ParsedInput<'records.month'>,
): Promise<MonthRecord> {
  const person = await requirePerson(ctx, input.personId);
  const range = monthRange(input.month);
  const [settings, stays] = await Promise.all([
    ctx.repo.getSettings(),
    ctx.repo.staysInRange(range, { personId: person.id }),
  ]);
  const saved = await ctx.repo.stayDaysInRange(
    range,
    stays.map((s) => s.id),
  );
  return buildRecord(person, settings, stays, saved, input.month, todayInJapan(ctx.now()));
}

const kana = new Intl.Collator('ja');

/**
 * Every guest of the month: each person with a day of use in it, or a stay in it that looks
 * wrong (e.g. a booking never checked in), by kana.
 */
export async function monthRecordsAll(
  ctx: ServiceContext,
  input: ParsedInput<'records.monthAll'>,
): Promise<ChannelOutput<'records.monthAll'>> {
  const range = monthRange(input.month);
  const [settings, stays] = await Promise.all([
    ctx.repo.getSettings(),
    ctx.repo.staysInRange(range),
  ]);
  const saved = await ctx.repo.stayDaysInRange(
    range,
    stays.map((s) => s.id),
  );
  const staysByPerson = new Map<string, Stay[]>();
  for (const s of stays)
    staysByPerson.set(s.personId, [...(staysByPerson.get(s.personId) ?? []), s]);
  const today = todayInJapan(ctx.now());
  const records: MonthRecord[] = [];
  for (const [personId, personStays] of staysByPerson) {
    const person = await ctx.repo.getPerson(personId);
    if (!person) continue;
    const ids = new Set(personStays.map((s) => s.id));
    const mine = saved.filter((d) => ids.has(d.stayId));
    const record = buildRecord(person, settings, personStays, mine, input.month, today);
    const staysToPutRight = record.checks.some(
      (c) => c.code === 'IN_STAY_PAST_END' || c.code === 'NOT_CHECKED_IN',
    );
    if (record.days.length > 0 || staysToPutRight) records.push(record);
  }
  return records.sort(
    (a, b) =>
      kana.compare(a.person.familyNameKana, b.person.familyNameKana) ||
      kana.compare(a.person.givenNameKana, b.person.givenNameKana) ||
      (a.person.id < b.person.id ? -1 : 1),
  );
}
