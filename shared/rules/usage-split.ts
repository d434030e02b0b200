/**
 * The experience usage of a fiscal year split at today: days already used (up to and including
 * today) and days still booked (after today). Both come from `usageOf`, the one count that
 * EXPERIENCE_ANNUAL_CAP guards, applied to the stays cut at today, so the split always adds up
 * to the total and cannot drift from it.
 */
import type { Settings, Stay } from '../domain/schemas';
import { usageOf, type ExperienceUsage } from './usage';

export interface ExperienceUsageSplit extends ExperienceUsage {
  usedDays: number;
  bookedDays: number;
}

export function usageSplitAt(
  personStays: readonly Stay[],
  fiscalYear: number,
  settings: Pick<Settings, 'fiscalYearStartMonth' | 'experienceAnnualCapDays'>,
  today: string,
): ExperienceUsageSplit {
  const total = usageOf(personStays, fiscalYear, settings);
  // A stay's days run start..end inclusive, so cutting `end` to today keeps exactly the days so
  // far (a stay arriving today keeps one day: today).
  const upToToday = personStays
    .filter((s) => s.start <= today)
    .map((s) => (s.end > today ? { ...s, end: today } : s));
  const usedDays = usageOf(upToToday, fiscalYear, settings).experienceDays;
  return { ...total, usedDays, bookedDays: total.experienceDays - usedDays };
}
