import { fiscalYearOf, stayDates, usedDates } from '../domain/dates';
import type { Violation } from '../domain/schemas';
import { otherOccupyingStays } from './occupancy';
import type { Rule } from './violation';
import { violation } from './violation';

/**
 * EXPERIENCE_ANNUAL_CAP (override): the person's experience days in a fiscal year would exceed
 * the cap. Checked for every fiscal year the draft touches: `used` is the distinct experience
 * days of the person's other occupying stays in that year, `adding` the draft's dates in that
 * year not already used (a turnover date shared with another stay is not counted twice).
 * Reaching the cap exactly is fine.
 */
export const checkExperienceAnnualCap: Rule = (draft, ctx) => {
  if (draft.kind !== 'experience') return [];
  const { fiscalYearStartMonth: startMonth, experienceAnnualCapDays: cap } = ctx.settings;
  const others = otherOccupyingStays(
    ctx.personStays,
    ctx.stayId,
    (s) => s.personId === draft.personId && s.kind === 'experience',
  );
  const used = usedDates(others);

  const addingPerYear = new Map<number, number>();
  for (const date of stayDates(draft.start, draft.end)) {
    const fy = fiscalYearOf(date, startMonth);
    addingPerYear.set(fy, (addingPerYear.get(fy) ?? 0) + (used.has(date) ? 0 : 1));
  }
  const usedPerYear = new Map<number, number>();
  for (const date of used) {
    const fy = fiscalYearOf(date, startMonth);
    if (addingPerYear.has(fy)) usedPerYear.set(fy, (usedPerYear.get(fy) ?? 0) + 1);
  }

  const violations: Violation[] = [];
  for (const [fiscalYear, adding] of addingPerYear) {
    const usedDays = usedPerYear.get(fiscalYear) ?? 0;
    if (usedDays + adding <= cap) continue;
    violations.push(
      violation('EXPERIENCE_ANNUAL_CAP', 'override', {
        fiscalYear,
        used: usedDays,
        adding,
        total: usedDays + adding,
        cap,
      }),
    );
  }
  return violations;
};
