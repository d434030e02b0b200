import { fiscalYearOf, usedDates } from '../domain/dates';
import type { Settings, Stay } from '../domain/schemas';
import { occupiesNights } from './occupancy';

export interface ExperienceUsage {
  fiscalYear: number;
  experienceDays: number;
  cap: number;
  /** Days left under the cap; never negative, even after an overridden booking. */
  remaining: number;
}

/**
 * A person's experience usage in a fiscal year, the figure EXPERIENCE_ANNUAL_CAP guards:
 * distinct dates of their occupying experience stays that fall in the year.
 */
export function usageOf(
  personStays: readonly Stay[],
  fiscalYear: number,
  settings: Pick<Settings, 'fiscalYearStartMonth' | 'experienceAnnualCapDays'>,
): ExperienceUsage {
  const dates = usedDates(personStays.filter((s) => s.kind === 'experience' && occupiesNights(s)));
  let experienceDays = 0;
  for (const d of dates) {
    if (fiscalYearOf(d, settings.fiscalYearStartMonth) === fiscalYear) experienceDays += 1;
  }
  const cap = settings.experienceAnnualCapDays;
  return { fiscalYear, experienceDays, cap, remaining: Math.max(0, cap - experienceDays) };
}
