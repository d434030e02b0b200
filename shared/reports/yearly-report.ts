/**
 * The yearly report for the 拠点's review by the 自立支援協議会: aggregates only, never a name.
 * Registered persons; emergencies (count, days, by reason, by who asked); experience stays
 * (count, days, persons); the stays that gave way to emergencies and their outcome; occupancy.
 */
import {
  EMERGENCY_REASONS,
  EMERGENCY_REQUESTERS,
  type EmergencyReason,
  type EmergencyRequester,
} from '../domain/emergency-intake';
import type { Bed, BedBlock, Person, Settings, Stay } from '../domain/schemas';
import { daysOfUse, monthsBetween } from '../paperwork/days-of-use';
import { occupiesNights } from '../rules/occupancy';
import { emergencyLog, type DisplacementOutcome } from './emergency-log';
import { experienceUsageByPerson } from './experience-usage';
import { occupancyByBedAndMonth, occupancyRate } from './occupancy';
import { registrationCounts, type RegistrationCounts } from './registrations';

export interface YearlyReport {
  fiscalYear: number;
  from: string;
  to: string;
  registrations: RegistrationCounts;
  emergencies: {
    count: number;
    persons: number;
    /** Days of use of the emergency stays in the year. */
    days: number;
    addOnDays: number;
    /** By reason; `unrecorded` for emergencies taken before the reason was recorded. */
    byReason: Record<EmergencyReason | 'unrecorded', number>;
    byRequester: Record<EmergencyRequester | 'unrecorded', number>;
  };
  experience: { stays: number; days: number; persons: number; personsAtCap: number };
  bumps: {
    bumped: number;
    cutShort: number;
    shortened: number;
    nightsLost: number;
    outcomes: Record<DisplacementOutcome, number>;
  };
  occupancy: {
    nights: number;
    available: number;
    rate: number;
    byMonth: { month: string; nights: number; available: number; rate: number }[];
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * `stays` are every stay touching the year (and the later stays of bumped persons, to tell a
 * rebooking); only dates inside [from, to] count.
 */
export function yearlyReport(input: {
  fiscalYear: number;
  from: string;
  to: string;
  settings: Pick<Settings, 'fiscalYearStartMonth' | 'experienceAnnualCapDays'>;
  persons: readonly Pick<Person, 'registration'>[];
  beds: readonly Bed[];
  blocks: readonly BedBlock[];
  stays: readonly Stay[];
}): YearlyReport {
  const { fiscalYear, from, to, stays } = input;
  const inYear = (date: string) => date >= from && date <= to;

  const log = emergencyLog(stays, from, to);
  const byReason = zeroes([...EMERGENCY_REASONS, 'unrecorded'] as const);
  const byRequester = zeroes([...EMERGENCY_REQUESTERS, 'unrecorded'] as const);
  for (const e of log) {
    byReason[e.reason ?? 'unrecorded'] += 1;
    byRequester[e.requestedBy ?? 'unrecorded'] += 1;
  }
  // Days are distinct dates per person, as everywhere (a change of stay counts its date once).
  const emergencyStaysByPerson = new Map<string, Stay[]>();
  for (const s of stays) {
    if (s.kind !== 'emergency' || !occupiesNights(s)) continue;
    emergencyStaysByPerson.set(s.personId, [...(emergencyStaysByPerson.get(s.personId) ?? []), s]);
  }
  let days = 0;
  for (const mine of emergencyStaysByPerson.values()) {
    days += daysOfUse(mine).filter((d) => inYear(d.date)).length;
  }

  const usage = experienceUsageByPerson(stays, fiscalYear, input.settings);
  // Stays are counted in the year they begin, like emergencies; days in the year they fall in.
  const experienceStays = stays.filter(
    (s) => s.kind === 'experience' && occupiesNights(s) && inYear(s.start),
  );

  const outcomes = zeroes([
    'waiting',
    'contacted',
    'rebooked',
    'leftEarly',
    'endsEarlier',
  ] as const satisfies readonly DisplacementOutcome[]);
  const bumps = { bumped: 0, cutShort: 0, shortened: 0, nightsLost: 0, outcomes };
  for (const d of log.flatMap((e) => e.displaced)) {
    bumps[d.effect] += 1;
    bumps.nightsLost += d.nightsLost;
    outcomes[d.outcome] += 1;
  }

  const months = monthsBetween(from, to);
  const cells = occupancyByBedAndMonth(input.beds, stays, input.blocks, months);
  const byMonth = months.map((month) => ({
    month,
    ...occupancyRate(cells.filter((c) => c.month === month)),
  }));

  return {
    fiscalYear,
    from,
    to,
    registrations: registrationCounts(input.persons, from, to),
    emergencies: {
      count: log.length,
      persons: new Set(log.map((e) => e.personId)).size,
      days,
      addOnDays: log.reduce((sum, e) => sum + e.addOnDays, 0),
      byReason,
      byRequester,
    },
    experience: {
      stays: experienceStays.length,
      days: usage.reduce((sum, u) => sum + u.days, 0),
      persons: usage.length,
      personsAtCap: usage.filter((u) => u.remaining === 0).length,
    },
    bumps,
    occupancy: { ...occupancyRate(cells), byMonth },
  };
}
