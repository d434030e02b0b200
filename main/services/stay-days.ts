/**
 * Day facts (日々の記録): what the 実績記録票 prints for each day of use of a stay. A day holds
 * the defaults of its kind until the desk saves it; a saved day keeps its earlier versions.
 */
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import { issue } from '../../shared/messages/issues';
import { stayDates } from '../../shared/domain/dates';
import {
  dayHistoryAfterEdit,
  factsOf,
  sameDayFacts,
  type StayDay,
} from '../../shared/domain/stay-day';
import { dayFactsOf, defaultDayFacts } from '../../shared/paperwork/day-facts';
import { dayStatusIn } from '../../shared/paperwork/days-of-use';
import { emergencyAddOnCount, emergencyAddOnDates } from '../../shared/paperwork/emergency-add-on';
import { occupiesNights } from '../../shared/rules/occupancy';
import { auditEntry, changedFields } from './audit';
import { timestamp, todayInJapan } from './clock';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { requireStay } from './lookups';

export async function stayDays(
  ctx: ServiceContext,
  input: ParsedInput<'stays.days'>,
): Promise<ChannelOutput<'stays.days'>> {
  const stay = await requireStay(ctx, input.stayId);
  const [settings, saved] = await Promise.all([
    ctx.repo.getSettings(),
    ctx.repo.stayDaysOfStay(stay.id),
  ]);
  const addOn =
    stay.kind === 'emergency' ? emergencyAddOnCount(stay, todayInJapan(ctx.now())) : null;
  // A cancelled or bumped stay has no days of use.
  if (!occupiesNights(stay)) return { stayId: stay.id, days: [], addOn: null };
  const byDate = new Map(saved.map((d) => [d.date, d]));
  const addOnDates = new Set(emergencyAddOnDates(stay));
  return {
    stayId: stay.id,
    days: stayDates(stay.start, stay.end).map((date) => {
      const status = dayStatusIn(stay, date);
      const day = byDate.get(date) ?? null;
      return {
        date,
        status,
        facts: factsOf(dayFactsOf(status, day ?? undefined, settings.dayDefaults)),
        defaults: defaultDayFacts(status, settings.dayDefaults),
        emergencyAddOn: addOnDates.has(date),
        saved: day,
      };
    }),
    addOn,
  };
}

export async function saveStayDay(
  ctx: ServiceContext,
  input: ParsedInput<'stays.saveDay'>,
): Promise<StayDay> {
  const { stayId, date, ...fields } = input;
  const stay = await requireStay(ctx, stayId);
  // The same refusals as a training record's: a stay that did not take place has no days, and
  // a day is one of the stay's.
  if (!occupiesNights(stay))
    fail('INVALID_INPUT', { issues: [issue('STAY_NOT_HELD', ['stayId'])] });
  if (date < stay.start || date > stay.end) {
    fail('INVALID_INPUT', {
      issues: [issue('DATE_OUTSIDE_STAY', ['date'], { start: stay.start, end: stay.end })],
    });
  }
  const facts = factsOf(fields);
  const before = (await ctx.repo.stayDaysOfStay(stay.id)).find((d) => d.date === date);
  // Saving what is already recorded changes nothing: no new version, no write.
  if (before && sameDayFacts(before, facts)) return before;
  const at = timestamp(ctx.now());
  const history = before ? dayHistoryAfterEdit(before, facts) : undefined;
  const day: StayDay = {
    ...facts,
    id: before?.id ?? newId(),
    stayId: stay.id,
    date,
    recordedBy: ctx.actor.id,
    createdAt: before?.createdAt ?? at,
    ...(before ? { updatedAt: at } : {}),
    ...(history ? { history } : {}),
  };
  await ctx.repo.apply({
    stayDays: [day],
    audit: [
      auditEntry(ctx, {
        action: before ? 'stay.day.update' : 'stay.day.create',
        entity: 'stay',
        entityId: stay.id,
        fields: changedFields(before ? factsOf(before) : undefined, facts),
        facts: { date },
      }),
    ],
  });
  return day;
}
