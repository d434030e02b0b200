import {
  bedNameSchema,
  personNameSchema,
  type ChannelOutput,
  type ParsedInput,
  type TonightGuest,
} from '../../shared/api/contract';
import { isInFacilityOn, orderTonightStays } from '../../shared/domain/tonight';
import { sortTrainingRecords, trainingDomains } from '../../shared/domain/training';
import { todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { requireBed, requirePerson } from './lookups';

/** The guests in the facility on a date (today by default) with their goals and that date's records. */
export async function trainingTonight(
  ctx: ServiceContext,
  input: ParsedInput<'training.tonight'>,
): Promise<ChannelOutput<'training.tonight'>> {
  const date = input.date ?? todayInJapan(ctx.now());
  const [settings, beds, stays] = await Promise.all([
    ctx.repo.getSettings(),
    ctx.repo.listBeds(),
    ctx.repo.staysInRange({ from: date, to: date }),
  ]);
  const domains = trainingDomains(settings);
  const present = orderTonightStays(
    stays.filter((s) => isInFacilityOn(s, date)),
    beds,
  );
  return Promise.all(
    present.map(async (stay): Promise<TonightGuest> => {
      const [person, bed, records] = await Promise.all([
        requirePerson(ctx, stay.personId),
        requireBed(ctx, stay.bedId),
        ctx.repo.trainingRecordsOfStay(stay.id),
      ]);
      return {
        stay,
        person: personNameSchema.parse(person),
        bed: bedNameSchema.parse(bed),
        goals: stay.goals ?? {},
        records: sortTrainingRecords(
          records.filter((r) => r.date === date),
          domains,
        ),
      };
    }),
  );
}
