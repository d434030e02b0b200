import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fiscalYearOf, fiscalYearRange } from '../../shared/domain/dates';
import { usageOf } from '../../shared/rules/usage';
import { todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { requirePerson } from './lookups';

export async function getUsage(
  ctx: ServiceContext,
  input: ParsedInput<'usage.get'>,
): Promise<ChannelOutput<'usage.get'>> {
  await requirePerson(ctx, input.personId);
  const settings = await ctx.repo.getSettings();
  const startMonth = settings.fiscalYearStartMonth;
  const fiscalYear = input.fiscalYear ?? fiscalYearOf(todayInJapan(ctx.now()), startMonth);
  const stays = await ctx.repo.staysInRange(fiscalYearRange(fiscalYear, startMonth), {
    personId: input.personId,
  });
  return usageOf(stays, fiscalYear, settings);
}
