/** Test support: small valid records and a clock the tests can move. */
import { readdir } from 'node:fs/promises';
import type { AuditEntry, Bed, Person, Stay, TrainingRecord } from '../../shared/domain/schemas';

export function bed(id: string, order = 1): Bed {
  return {
    id,
    name: `Bed ${id}`,
    allows: ['emergency', 'experience'],
    emergencyReserved: false,
    order,
    active: true,
  };
}

export function person(id: string, familyNameKana = 'やまだ', givenNameKana = 'たろう'): Person {
  return {
    id,
    familyName: '山田',
    givenName: '太郎',
    familyNameKana,
    givenNameKana,
    registration: { status: 'registered' },
    authorizations: [],
  };
}

export function stay(id: string, start: string, end: string, extra: Partial<Stay> = {}): Stay {
  return {
    id,
    personId: 'p1',
    bedId: 'b1',
    kind: 'experience',
    start,
    end,
    status: 'confirmed',
    createdAt: '2026-04-01T00:00:00.000Z',
    overrides: [],
    ...extra,
  };
}

export function trainingRecord(
  id: string,
  stayId: string,
  date: string,
  domain = 'cooking',
): TrainingRecord {
  return { id, stayId, date, domain, level: 2 };
}

export function audit(action = 'test'): AuditEntry[] {
  return [{ at: '2026-11-27T05:00:00.000Z', actor: 'staff-1', action, entity: 'stay' }];
}

/** A clock that stands still until moved. */
export function testClock(start = '2026-11-27T05:10:00Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advanceHours(hours: number) {
      current = new Date(current.getTime() + hours * 3_600_000);
    },
  };
}

/** What a data folder holds besides the store's lock (`.tomari-lock*`), sorted. */
export async function folderEntries(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.tomari-lock')).sort();
}
