/**
 * Generates a large facility for the benchmark: 20 beds, 400 persons, 10 fiscal years of stays
 * (no bed or person double-booked), training records for every experience stay, and the
 * paperwork of the stays that took place (day facts, emergency request facts).
 */
import { addDays, daysBetween } from '../../shared/domain/dates';
import {
  DEFAULT_SETTINGS,
  DEFAULT_TRAINING_DOMAINS,
  type Bed,
  type Person,
  type Stay,
  type TrainingRecord,
} from '../../shared/domain/schemas';
import { stayDates } from '../../shared/domain/dates';
import type { ChangeSet } from '../../main/storage/repository';
import { EMERGENCY_REASONS, EMERGENCY_REQUESTERS } from '../../shared/domain/emergency-intake';
import type { StayDay } from '../../shared/domain/stay-day';

/** A small deterministic PRNG so every run benchmarks the same data. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Facility {
  changes: ChangeSet;
  beds: Bed[];
  persons: Person[];
  stays: Stay[];
  firstDate: string;
  lastDate: string;
}

export function generateFacility(
  today: string,
  options = { beds: 20, persons: 400, years: 10 },
): Facility {
  const random = mulberry32(20261127);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const beds: Bed[] = Array.from({ length: options.beds }, (_, i) => ({
    id: `bed-${i + 1}`,
    name: `${String.fromCharCode(65 + Math.floor(i / 4))}-${(i % 4) + 1}`,
    room: `${Math.floor(i / 4) + 1}号室`,
    allows: i % 10 === 0 ? ['emergency'] : ['emergency', 'experience'],
    emergencyReserved: i % 10 === 0,
    order: i + 1,
    active: true,
  }));
  const firstDate = `${Number(today.slice(0, 4)) - options.years + 1}-04-01`;
  const lastDate = addDays(today, 180);
  const kana = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'];
  const persons: Person[] = Array.from({ length: options.persons }, (_, i) => ({
    id: `person-${i + 1}`,
    familyName: `利用者${i + 1}`,
    givenName: '太郎',
    familyNameKana: `${pick(kana)}${pick(kana)}${[...String(i)].map((d) => kana[Number(d)]).join('')}`,
    givenNameKana: 'たろう',
    certificateNumber: String(1000000000 + i),
    registration: { status: 'registered', registeredOn: firstDate },
    authorizations: [{ from: firstDate, to: addDays(lastDate, 365), daysPerMonth: 15 }],
  }));
  // Walk the calendar day by day so each bed and each person holds at most one stay a night.
  const personFreeFrom = new Map<string, string>();
  const bedFreeFrom = new Map<string, string>(beds.map((b) => [b.id, firstDate]));
  const stays: Stay[] = [];
  const records: TrainingRecord[] = [];
  for (let day = firstDate; day < lastDate; day = addDays(day, 1)) {
    for (const bed of beds) {
      if ((bedFreeFrom.get(bed.id) ?? '') > day || random() < 0.3) continue;
      const person = pick(persons);
      if ((personFreeFrom.get(person.id) ?? '') > day) continue;
      const kind = bed.allows.includes('experience') && random() < 0.8 ? 'experience' : 'emergency';
      const end = addDays(day, 2 + Math.floor(random() * 5));
      personFreeFrom.set(person.id, end);
      bedFreeFrom.set(bed.id, end);
      const stay: Stay = {
        id: `stay-${stays.length + 1}`,
        personId: person.id,
        bedId: bed.id,
        kind,
        start: day,
        end,
        status: end < today ? 'completed' : day <= today ? 'in_stay' : 'confirmed',
        createdAt: `${addDays(day, -30)}T09:00:00.000Z`,
        overrides: [],
      };
      stays.push(stay);
      if (kind === 'experience' && day <= today) {
        for (const date of stayDates(day, end).slice(0, daysBetween(day, end))) {
          for (const domain of DEFAULT_TRAINING_DOMAINS) {
            records.push({
              id: `rec-${records.length + 1}`,
              stayId: stay.id,
              date,
              domain,
              level: (1 + Math.floor(random() * 4)) as TrainingRecord['level'],
              activity: '夕食の準備',
              staffId: 'staff-1',
            });
          }
        }
      }
    }
  }
  const stayDays = addPaperwork(stays);
  return {
    beds,
    persons,
    stays,
    firstDate,
    lastDate,
    changes: {
      settings: {
        ...DEFAULT_SETTINGS,
        facilityName: 'ベンチマーク荘',
        providerNumber: '1310000001',
      },
      beds,
      persons,
      stays,
      trainingRecords: records,
      stayDays,
      audit: [],
    },
  };
}

/**
 * The month's paperwork on the stays that took place: each emergency stay's request facts, and
 * the days the desk recorded as exceptions (about two a stay: a family drive on arrival, a
 * missed meal). A PRNG of its own, so the stays themselves are the same as without it.
 */
function addPaperwork(stays: Stay[]): StayDay[] {
  const random = mulberry32(20261201);
  const days: StayDay[] = [];
  for (const stay of stays) {
    if (stay.status !== 'completed' && stay.status !== 'in_stay') continue;
    if (stay.kind === 'emergency') {
      stay.intake = {
        reason: EMERGENCY_REASONS[Math.floor(random() * (EMERGENCY_REASONS.length - 1))]!,
        requestedAt: `${addDays(stay.start, -1)}T21:00:00.000Z`,
        requestedBy: EMERGENCY_REQUESTERS[Math.floor(random() * EMERGENCY_REQUESTERS.length)]!,
      };
    }
    const dates = stayDates(stay.start, stay.end);
    const noted = [dates[0]!, dates[1 + Math.floor(random() * (dates.length - 1))]!];
    for (const date of new Set(noted)) {
      days.push({
        id: `day-${days.length + 1}`,
        stayId: stay.id,
        date,
        meals: { breakfast: date !== stay.start, lunch: random() < 0.5, dinner: date !== stay.end },
        pickup: false,
        dropoff: date === stay.end,
        note: date === stay.start ? '家族の送り' : '昼食は日中活動先',
        createdAt: `${date}T12:00:00.000Z`,
      });
    }
  }
  return days;
}
