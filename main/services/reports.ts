/**
 * 帳票・集計: the reports screen's tables (occupancy, experience usage, the emergency log,
 * registrations) and the yearly report for the 拠点's review. The figures come from the pure
 * functions in shared/reports/; this file only loads the records a fiscal year needs.
 */
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { addDays, fiscalYearRange } from '../../shared/domain/dates';
import type { Person, Stay } from '../../shared/domain/schemas';
import { monthsBetween } from '../../shared/paperwork/days-of-use';
import { emergencyLog } from '../../shared/reports/emergency-log';
import { experienceUsageByPerson } from '../../shared/reports/experience-usage';
import { occupancyByBedAndMonth } from '../../shared/reports/occupancy';
import { registrationCounts, registrationRows } from '../../shared/reports/registrations';
import { yearlyReport } from '../../shared/reports/yearly-report';
import type { ServiceContext } from './context';

/** How far after a period the stays that gave way to its emergencies, and rebookings, are looked for. */
const FOLLOW_UP_DAYS = 400;

export interface Period {
  from: string;
  to: string;
}

export async function fiscalYearPeriod(ctx: ServiceContext, fiscalYear: number): Promise<Period> {
  const settings = await ctx.repo.getSettings();
  return fiscalYearRange(fiscalYear, settings.fiscalYearStartMonth);
}

/**
 * The stays the emergency log of a period needs: every stay touching it, the stays that gave
 * way to its emergencies (they touch the emergency's dates), and the later stays of the persons
 * bumped (to tell a rebooking).
 */
export async function staysForEmergencyLog(ctx: ServiceContext, period: Period): Promise<Stay[]> {
  return ctx.repo.staysInRange({ from: period.from, to: addDays(period.to, FOLLOW_UP_DAYS) });
}

/** A person as the report tables name them: names and kana, nothing else. */
function namesOnly(p: Person) {
  return {
    id: p.id,
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKana: p.familyNameKana,
    givenNameKana: p.givenNameKana,
  };
}

/** The named persons among ids, for the screen's tables (ids unknown are left out). */
async function namesOf(ctx: ServiceContext, ids: Iterable<string>) {
  const persons = new Map<string, Person>();
  for (const id of new Set(ids)) {
    const person = await ctx.repo.getPerson(id);
    if (person) persons.set(id, person);
  }
  return (id: string) => {
    const p = persons.get(id);
    return p ? namesOnly(p) : null;
  };
}

export async function occupancyReport(
  ctx: ServiceContext,
  input: ParsedInput<'reports.occupancy'>,
): Promise<ChannelOutput<'reports.occupancy'>> {
  const period = await fiscalYearPeriod(ctx, input.fiscalYear);
  const [beds, blocks, stays] = await Promise.all([
    ctx.repo.listBeds(),
    ctx.repo.blocksInRange(period),
    ctx.repo.staysInRange(period),
  ]);
  const months = monthsBetween(period.from, period.to);
  return {
    fiscalYear: input.fiscalYear,
    months,
    beds: beds.map(({ id, name, room, active }) => ({
      id,
      name,
      active,
      ...(room ? { room } : {}),
    })),
    cells: occupancyByBedAndMonth(beds, stays, blocks, months),
  };
}

export async function experienceReport(
  ctx: ServiceContext,
  input: ParsedInput<'reports.experience'>,
): Promise<ChannelOutput<'reports.experience'>> {
  const settings = await ctx.repo.getSettings();
  const period = fiscalYearRange(input.fiscalYear, settings.fiscalYearStartMonth);
  const usage = experienceUsageByPerson(
    await ctx.repo.staysInRange(period),
    input.fiscalYear,
    settings,
  );
  const name = await namesOf(
    ctx,
    usage.map((u) => u.personId),
  );
  return {
    fiscalYear: input.fiscalYear,
    cap: settings.experienceAnnualCapDays,
    rows: usage.flatMap((u) => {
      const person = name(u.personId);
      return person ? [{ person, days: u.days, stays: u.stays, remaining: u.remaining }] : [];
    }),
  };
}

export async function emergencyReport(
  ctx: ServiceContext,
  input: ParsedInput<'reports.emergencies'>,
): Promise<ChannelOutput<'reports.emergencies'>> {
  const period = await fiscalYearPeriod(ctx, input.fiscalYear);
  const log = emergencyLog(await staysForEmergencyLog(ctx, period), period.from, period.to);
  const name = await namesOf(
    ctx,
    log.flatMap((e) => [e.personId, ...e.displaced.map((d) => d.personId)]),
  );
  return {
    fiscalYear: input.fiscalYear,
    entries: log.map(({ personId, displaced, ...entry }) => ({
      ...entry,
      person: name(personId),
      displaced: displaced.map(({ personId: displacedId, ...d }) => ({
        ...d,
        person: name(displacedId),
      })),
    })),
  };
}

export async function registrationReport(
  ctx: ServiceContext,
  input: ParsedInput<'reports.registrations'>,
): Promise<ChannelOutput<'reports.registrations'>> {
  const period = await fiscalYearPeriod(ctx, input.fiscalYear);
  const persons = await ctx.repo.searchPersons('');
  const byId = new Map(persons.map((p) => [p.id, p]));
  return {
    fiscalYear: input.fiscalYear,
    counts: registrationCounts(persons, period.from, period.to),
    rows: registrationRows(persons).map(({ personId, ...row }) => ({
      ...row,
      person: namesOnly(byId.get(personId)!),
    })),
  };
}

export async function yearReport(
  ctx: ServiceContext,
  input: ParsedInput<'reports.year'>,
): Promise<ChannelOutput<'reports.year'>> {
  const settings = await ctx.repo.getSettings();
  const period = fiscalYearRange(input.fiscalYear, settings.fiscalYearStartMonth);
  const [persons, beds, blocks, stays] = await Promise.all([
    ctx.repo.searchPersons(''),
    ctx.repo.listBeds(),
    ctx.repo.blocksInRange(period),
    staysForEmergencyLog(ctx, period),
  ]);
  return yearlyReport({
    fiscalYear: input.fiscalYear,
    ...period,
    settings,
    persons,
    beds,
    blocks,
    stays,
  });
}
