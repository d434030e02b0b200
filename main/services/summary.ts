import {
  bedNameSchema,
  summarySchema,
  type ParsedInput,
  type StaySummary,
} from '../../shared/api/contract';
import { addDays, fiscalYearOf, stayDates } from '../../shared/domain/dates';
import type { Stay, TrainingRecord } from '../../shared/domain/schemas';
import {
  progressByDomain,
  sortTrainingRecords,
  trainingDomains,
} from '../../shared/domain/training';
import { requireBed, requirePerson, requireStay } from './lookups';
import type { ServiceContext } from './context';
import { getUsage } from './usage';

/** Everything the printed stay summary (利用記録) shows, gathered in one answer. */
export async function getSummary(
  ctx: ServiceContext,
  input: ParsedInput<'summary.get'>,
): Promise<StaySummary> {
  return summaryOf(ctx, await requireStay(ctx, input.stayId));
}

/**
 * The summaries of every stay that ended in a month (`YYYY-MM`), by departure date, for the
 * month's batch print. A cancelled or bumped stay is included only when it has records, which
 * its summary then marks as kept from a stay that did not take place as booked.
 */
export async function getMonthSummaries(
  ctx: ServiceContext,
  input: ParsedInput<'summary.month'>,
): Promise<StaySummary[]> {
  const from = `${input.month}-01`;
  const to = addDays(`${nextMonth(input.month)}-01`, -1);
  const stays = (await ctx.repo.staysInRange({ from, to }))
    .filter((s) => s.end >= from && s.end <= to && s.status !== 'tentative')
    .sort((a, b) => (a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.bedId < b.bedId ? -1 : 1));
  const summaries = [];
  for (const stay of stays) {
    const summary = await summaryOf(ctx, stay);
    const held = stay.status !== 'cancelled' && stay.status !== 'bumped';
    if (held || summary.records.length > 0) summaries.push(summary);
  }
  return summaries;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

async function summaryOf(ctx: ServiceContext, stay: Stay): Promise<StaySummary> {
  const [settings, person, bed, records] = await Promise.all([
    ctx.repo.getSettings(),
    requirePerson(ctx, stay.personId),
    requireBed(ctx, stay.bedId),
    ctx.repo.trainingRecordsOfStay(stay.id),
  ]);
  const domains = trainingDomains(settings);
  const fiscalYearUsage = await getUsage(ctx, {
    personId: person.id,
    fiscalYear: fiscalYearOf(stay.start, settings.fiscalYearStartMonth),
  });
  // The booking note is the desk's and never reaches the paper; the summary prints the care
  // staff's own comments (staffComment) instead.
  return {
    facilityName: settings.facilityName,
    facilityAddress: settings.address,
    facilityPhone: settings.phone,
    stay: summarySchema.shape.stay.parse(stay),
    person: summarySchema.shape.person.parse(person),
    bed: bedNameSchema.parse(bed),
    daysUsed: stayDates(stay.start, stay.end).length,
    fiscalYearUsage,
    domains,
    domainLabels: Object.fromEntries(settings.extraTrainingDomains.map((d) => [d.id, d.label])),
    goals: stay.goals ?? {},
    records: sortTrainingRecords(records, domains),
    progress: progressByDomain(records),
    authors: await authorNames(ctx, records),
  };
}

/**
 * The names of the staff who wrote the records (and their earlier versions), retired staff
 * included: the paper names its authors, not ids. Old records name theirs as typed (staffId).
 */
async function authorNames(
  ctx: ServiceContext,
  records: readonly TrainingRecord[],
): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const record of records) {
    if (record.recordedBy) ids.add(record.recordedBy);
    for (const version of record.history ?? []) if (version.recordedBy) ids.add(version.recordedBy);
  }
  if (ids.size === 0) return {};
  const staff = await ctx.repo.listStaff();
  return Object.fromEntries(staff.filter((s) => ids.has(s.id)).map((s) => [s.id, s.name]));
}
