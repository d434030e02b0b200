/** Plain, valid records for tests: change only what a test is about. Fictional people only. */
import type { Bed, Person } from '../../shared/domain/schemas';

export function bedInput(
  name: string,
  order: number,
  overrides: Partial<Bed> = {},
): Omit<Bed, 'id'> {
  return {
    name,
    allows: ['emergency', 'experience'],
    emergencyReserved: false,
    order,
    active: true,
    ...overrides,
  };
}

/**
 * A ten-digit recipient certificate number of the person's own, made from the names: two test
 * persons share one only when they share their names, as a real certificate is one person's.
 */
export function certificateNumberFor(familyName: string, givenName: string): string {
  let hash = 0;
  for (const ch of `${familyName}\u0000${givenName}`) {
    hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 9_000_000_000;
  }
  return String(1_000_000_000 + hash);
}

export function personInput(overrides: Partial<Person> = {}): Omit<Person, 'id'> {
  const familyName = overrides.familyName ?? '山田';
  const givenName = overrides.givenName ?? '太郎';
  return {
    familyName,
    givenName,
    familyNameKana: 'やまだ',
    givenNameKana: 'たろう',
    certificateNumber: certificateNumberFor(familyName, givenName),
    registration: { status: 'registered', registeredOn: '2026-04-01' },
    authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 15 }],
    ...overrides,
  };
}
