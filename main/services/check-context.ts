import { addDays, fiscalYearOf, fiscalYearRange } from '../../shared/domain/dates';
import type { Settings } from '../../shared/domain/schemas';
import type { CheckContext, CheckedDraft } from '../../shared/rules/context';
import type { DateRange } from '../storage/repository';
import type { ServiceContext } from './context';
import { requirePerson } from './lookups';

/**
 * The dates of a person's stays a check must see: every fiscal year and month the draft touches
 * (caps, monthly allowance) and the consecutive-days limit either side (touching runs).
 */
export function personWindow(
  draft: Pick<CheckedDraft, 'start' | 'end'>,
  settings: Settings,
): DateRange {
  const margin = settings.consecutiveDaysLimit ?? 0;
  const startMonth = settings.fiscalYearStartMonth;
  const fyFrom = fiscalYearRange(fiscalYearOf(draft.start, startMonth), startMonth).from;
  const fyTo = fiscalYearRange(fiscalYearOf(draft.end, startMonth), startMonth).to;
  const from = addDays(draft.start, -margin);
  const to = addDays(draft.end, margin);
  return { from: from < fyFrom ? from : fyFrom, to: to > fyTo ? to : fyTo };
}

/** Gathers from storage everything `checkStay` needs for one draft. */
export async function loadCheckContext(
  ctx: ServiceContext,
  draft: CheckedDraft,
  stayId?: string,
): Promise<CheckContext> {
  const settings = await ctx.repo.getSettings();
  const nights = { from: draft.start, to: draft.end };
  const [bed, person, bedStays, personStays, blocks] = await Promise.all([
    ctx.repo.getBed(draft.bedId),
    requirePerson(ctx, draft.personId),
    ctx.repo.staysInRange(nights, { bedId: draft.bedId }),
    ctx.repo.staysInRange(personWindow(draft, settings), { personId: draft.personId }),
    ctx.repo.blocksInRange(nights, draft.bedId),
  ]);
  return { settings, bed, person, bedStays, personStays, blocks, ...(stayId ? { stayId } : {}) };
}
