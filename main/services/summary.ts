import type { ParsedInput, StaySummary } from '../../shared/api/contract';
import { fiscalYearOf, stayDates } from '../../shared/domain/dates';
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
  const stay = await requireStay(ctx, input.stayId);
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
  return {
    facilityName: settings.facilityName,
    stay,
    person: {
      id: person.id,
      familyName: person.familyName,
      givenName: person.givenName,
      familyNameKana: person.familyNameKana,
      givenNameKana: person.givenNameKana,
      ...(person.certificateNumber ? { certificateNumber: person.certificateNumber } : {}),
    },
    bed: { id: bed.id, name: bed.name, ...(bed.room ? { room: bed.room } : {}) },
    daysUsed: stayDates(stay.start, stay.end).length,
    fiscalYearUsage,
    domains,
    goals: stay.goals ?? {},
    records: sortTrainingRecords(records, domains),
    progress: progressByDomain(records),
  };
}
