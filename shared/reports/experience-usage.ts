/**
 * Experience days per person in a fiscal year against the yearly cap (EXPERIENCE_ANNUAL_CAP):
 * the same count as usage.get, for every person with an experience day in the year.
 */
import { fiscalYearOf, usedDates } from '../domain/dates';
import type { Settings, Stay } from '../domain/schemas';
import { occupiesNights } from '../rules/occupancy';

export interface ExperienceUsageRow {
  personId: string;
  fiscalYear: number;
  days: number;
  stays: number;
  cap: number;
  remaining: number;
}

export function experienceUsageByPerson(
  stays: readonly Stay[],
  fiscalYear: number,
  settings: Pick<Settings, 'fiscalYearStartMonth' | 'experienceAnnualCapDays'>,
): ExperienceUsageRow[] {
  const byPerson = new Map<string, Stay[]>();
  for (const s of stays) {
    if (s.kind !== 'experience' || !occupiesNights(s)) continue;
    const list = byPerson.get(s.personId);
    if (list) list.push(s);
    else byPerson.set(s.personId, [s]);
  }
  const inYear = (d: string) => fiscalYearOf(d, settings.fiscalYearStartMonth) === fiscalYear;
  const rows: ExperienceUsageRow[] = [];
  for (const [personId, personStays] of byPerson) {
    const days = [...usedDates(personStays)].filter(inYear).length;
    if (days === 0) continue;
    const cap = settings.experienceAnnualCapDays;
    rows.push({
      personId,
      fiscalYear,
      days,
      stays: personStays.filter((s) => inYear(s.start) || inYear(s.end)).length,
      cap,
      remaining: Math.max(0, cap - days),
    });
  }
  return rows.sort((a, b) => b.days - a.days || (a.personId < b.personId ? -1 : 1));
}
