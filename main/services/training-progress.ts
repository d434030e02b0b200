import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { levelsByDomain } from '../../shared/domain/training-progress';
import type { ServiceContext } from './context';
import { requirePerson } from './lookups';

// Every stay a person could have: the repository answers by range, so ask for all of time.
const ALL_TIME = { from: '1900-01-01', to: '2999-12-31' };

/** Per stay of the person that has records, oldest first: first/last/average level per domain. */
export async function trainingProgress(
  ctx: ServiceContext,
  input: ParsedInput<'training.progress'>,
): Promise<ChannelOutput<'training.progress'>> {
  await requirePerson(ctx, input.personId);
  const stays = await ctx.repo.staysInRange(ALL_TIME, { personId: input.personId });
  const progress = [];
  for (const stay of [...stays].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const records = await ctx.repo.trainingRecordsOfStay(stay.id);
    if (records.length === 0) continue;
    progress.push({
      stayId: stay.id,
      start: stay.start,
      end: stay.end,
      status: stay.status,
      domains: levelsByDomain(records),
    });
  }
  return progress;
}
