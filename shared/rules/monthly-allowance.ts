import { monthOf, stayDates, usedDates } from '../domain/dates';
import type { Authorization, Violation } from '../domain/schemas';
import { otherOccupyingStays } from './occupancy';
import type { Rule } from './violation';
import { violation } from './violation';

/**
 * The authorisation whose 支給量 applies to a month: among those covering one of the given
 * dates in that month, the newest decision (latest `from`). The 実績記録票 prints the same one.
 */
export function allowanceFor(
  authorizations: readonly Authorization[],
  datesInMonth: readonly string[],
): Authorization | undefined {
  let chosen: Authorization | undefined;
  for (const a of authorizations) {
    if (!datesInMonth.some((d) => a.from <= d && d <= a.to)) continue;
    if (chosen === undefined || a.from > chosen.from) chosen = a;
  }
  return chosen;
}

/**
 * MONTHLY_ALLOWANCE (warning): in a calendar month the draft touches, the person's short-stay
 * days (any kind, distinct dates, other occupying stays plus the draft) exceed the days per
 * month of the authorisation covering it. Skipped when that authorisation sets no days.
 */
export const checkMonthlyAllowance: Rule = (draft, ctx) => {
  const draftByMonth = new Map<string, string[]>();
  for (const date of stayDates(draft.start, draft.end)) {
    const month = monthOf(date);
    const dates = draftByMonth.get(month);
    if (dates) dates.push(date);
    else draftByMonth.set(month, [date]);
  }
  const used = usedDates(
    otherOccupyingStays(ctx.personStays, ctx.stayId, (s) => s.personId === draft.personId),
  );

  const violations: Violation[] = [];
  for (const [month, dates] of draftByMonth) {
    const allowance = allowanceFor(ctx.person.authorizations, dates)?.daysPerMonth;
    if (allowance === undefined) continue;
    let usedDays = 0;
    for (const d of used) if (monthOf(d) === month) usedDays += 1;
    const adding = dates.filter((d) => !used.has(d)).length;
    const total = usedDays + adding;
    if (total <= allowance) continue;
    violations.push(
      violation('MONTHLY_ALLOWANCE', 'warning', {
        month,
        used: usedDays,
        adding,
        days: total,
        allowance,
      }),
    );
  }
  return violations;
};
