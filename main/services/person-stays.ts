import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fiscalYearOf } from '../../shared/domain/dates';
import type { Stay } from '../../shared/domain/schemas';
import { usageSplitAt } from '../../shared/rules/usage-split';
import { todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { requirePerson } from './lookups';

// Wide enough for any stay ever booked; the repository reads the person's own index.
const ALL_TIME = { from: '1900-01-01', to: '9999-12-31' };

function newestFirst(a: Stay, b: Stay): number {
  return a.start < b.start ? 1 : a.start > b.start ? -1 : a.id < b.id ? 1 : -1;
}

async function allStaysOf(ctx: ServiceContext, personId: string): Promise<Stay[]> {
  await requirePerson(ctx, personId);
  return ctx.repo.staysInRange(ALL_TIME, { personId });
}

export async function personStays(
  ctx: ServiceContext,
  input: ParsedInput<'persons.stays'>,
): Promise<Stay[]> {
  return (await allStaysOf(ctx, input.personId)).sort(newestFirst);
}

/** This fiscal year, then every earlier year the person used experience stays, newest first. */
export async function personUsage(
  ctx: ServiceContext,
  input: ParsedInput<'persons.usage'>,
): Promise<ChannelOutput<'persons.usage'>> {
  const stays = await allStaysOf(ctx, input.personId);
  const settings = await ctx.repo.getSettings();
  const today = todayInJapan(ctx.now());
  const thisYear = fiscalYearOf(today, settings.fiscalYearStartMonth);
  const years = new Set([thisYear]);
  for (const s of stays) {
    const year = fiscalYearOf(s.start, settings.fiscalYearStartMonth);
    if (year < thisYear) years.add(year);
  }
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => usageSplitAt(stays, year, settings, today))
    .filter((u) => u.fiscalYear === thisYear || u.experienceDays > 0);
}
