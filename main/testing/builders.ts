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

export function personInput(overrides: Partial<Person> = {}): Omit<Person, 'id'> {
  return {
    familyName: '山田',
    givenName: '太郎',
    familyNameKana: 'やまだ',
    givenNameKana: 'たろう',
    certificateNumber: '1234567890',
    registration: { status: 'registered', registeredOn: '2026-04-01' },
    authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 15 }],
    ...overrides,
  };
}
