/**
 * Pre-registrations (事前登録) as the 拠点's review counts them: who is registered at a date,
 * who registered during a period, who is still pending and whose registration ended.
 */
import type { Person, RegistrationStatus } from '../domain/schemas';

export interface RegistrationRow {
  personId: string;
  status: RegistrationStatus;
  registeredOn?: string;
  reviewDate?: string;
}

export interface RegistrationCounts {
  /** Registered on or before the date (or with no date on file) and not ended. */
  registered: number;
  /** Registered during the period. */
  newInPeriod: number;
  pending: number;
  ended: number;
}

/** Whether a registration was made during `from`–`to` (a pending one has not been made). */
export function registeredDuring(
  r: { status: RegistrationStatus; registeredOn?: string | undefined },
  from: string,
  to: string,
): boolean {
  return (
    r.status !== 'pending' &&
    r.registeredOn !== undefined &&
    r.registeredOn >= from &&
    r.registeredOn <= to
  );
}

export function registrationRows(persons: readonly Person[]): RegistrationRow[] {
  return persons.map((p) => ({
    personId: p.id,
    status: p.registration.status,
    ...(p.registration.registeredOn ? { registeredOn: p.registration.registeredOn } : {}),
    ...(p.registration.reviewDate ? { reviewDate: p.registration.reviewDate } : {}),
  }));
}

export function registrationCounts(
  persons: readonly Pick<Person, 'registration'>[],
  from: string,
  to: string,
): RegistrationCounts {
  const counts: RegistrationCounts = { registered: 0, newInPeriod: 0, pending: 0, ended: 0 };
  for (const { registration: r } of persons) {
    if (r.status === 'pending') counts.pending += 1;
    else if (r.status === 'ended') counts.ended += 1;
    else if (r.registeredOn === undefined || r.registeredOn <= to) counts.registered += 1;
    if (registeredDuring(r, from, to)) counts.newInPeriod += 1;
  }
  return counts;
}
