/**
 * Registrations that would work at 2 a.m. (docs/readiness.md): an emergency goes smoothly only
 * when the facility already knows the person, so each registered person is checked for what the
 * night staff would need — someone to call, a current short-stay authorisation, the consultation
 * office, the care notes answered, a registration not past its review. Pure: the service lists
 * the gaps (persons.readiness), the person record shows the same checklist, the emergency sheet
 * prints the gaps in red.
 */
import { currentAuthorization, isAuthorizationExpiringSoon } from './authorization-periods';
import type { CareTopic, Person } from './schemas';

/** The gaps, in the order the checklist shows them (the contract's `missing` values). */
export const READINESS_GAPS = [
  'contacts',
  'authorization',
  'consultationOffice',
  'careNotes',
  'review',
] as const;
export type ReadinessGap = (typeof READINESS_GAPS)[number];

/**
 * The care notes the night staff need an answer to: written, or marked 特になし. Behaviour
 * support is printed when written but not asked of everyone.
 */
export const REQUIRED_CARE_TOPICS = [
  'medications',
  'allergies',
  'medicalCare',
  'mobility',
  'diet',
] as const satisfies readonly CareTopic[];

/**
 * Where the person's short-stay authorisation stands today: `none` (nothing covers today: never
 * any, or only one that starts later), `ended` (the last one ran out on `ends`), `endingSoon`
 * (the current one ends on `ends`, within the app's "soon" of authorization-periods.ts, and no
 * renewal is on file), or `current`.
 */
export type AuthorizationStanding =
  | { state: 'none' }
  | { state: 'ended'; ends: string }
  | { state: 'endingSoon'; ends: string }
  | { state: 'current'; ends: string };

export interface PersonReadiness {
  /** The gaps, in READINESS_GAPS order; empty when the person is ready. */
  missing: ReadinessGap[];
  authorization: AuthorizationStanding;
  /** The care topics neither written nor marked 特になし, in REQUIRED_CARE_TOPICS order. */
  careTopicsMissing: CareTopic[];
}

type CheckedPerson = Pick<
  Person,
  'authorizations' | 'registration' | 'consultationOffice' | 'contacts' | 'careNotes'
>;

export function authorizationStanding(
  authorizations: Person['authorizations'],
  today: string,
): AuthorizationStanding {
  const current = currentAuthorization(authorizations, today);
  if (current) {
    return isAuthorizationExpiringSoon(authorizations, today)
      ? { state: 'endingSoon', ends: current.to }
      : { state: 'current', ends: current.to };
  }
  const ended = authorizations.filter((a) => a.to < today).map((a) => a.to);
  if (ended.length === 0) return { state: 'none' };
  return { state: 'ended', ends: ended.reduce((a, b) => (b > a ? b : a)) };
}

/** A care topic is answered when it has text or is marked 特になし. */
export function careTopicsMissing(careNotes: Person['careNotes']): CareTopic[] {
  const none = new Set(careNotes?.nothingToNote ?? []);
  return REQUIRED_CARE_TOPICS.filter(
    (topic) => !none.has(topic) && (careNotes?.[topic] ?? '').trim() === '',
  );
}

/**
 * The readiness checklist of one person on `today`:
 * - contacts: at least one emergency contact;
 * - authorization: one covers today and does not run out soon without a renewal on file;
 * - consultationOffice: the office, with a phone number to reach it at night;
 * - careNotes: medication, allergies, medical care, mobility and diet written or 特になし;
 * - review: a review date (見直し日) is set and has not passed.
 */
export function personReadiness(person: CheckedPerson, today: string): PersonReadiness {
  const authorization = authorizationStanding(person.authorizations, today);
  const careMissing = careTopicsMissing(person.careNotes);
  const office = person.consultationOffice;
  const review = person.registration.reviewDate;
  const gaps: Record<ReadinessGap, boolean> = {
    contacts: (person.contacts ?? []).length === 0,
    authorization: authorization.state !== 'current',
    consultationOffice: !office || !office.office.trim() || !office.phone,
    careNotes: careMissing.length > 0,
    review: review === undefined || review < today,
  };
  return {
    missing: READINESS_GAPS.filter((gap) => gaps[gap]),
    authorization,
    careTopicsMissing: careMissing,
  };
}

/** When the authorisation ends (or ended), as the contract's `authorizationEnds`. */
export function authorizationEnds(standing: AuthorizationStanding): string | undefined {
  return standing.state === 'none' ? undefined : standing.ends;
}

const AUTHORIZATION_RANK: Record<AuthorizationStanding['state'], number> = {
  none: 0,
  ended: 0,
  endingSoon: 1,
  current: 2,
};

export interface RankedReadiness {
  readiness: PersonReadiness;
  /** Sorts persons with the same gaps (the kana of the name, then the id). */
  sortName: string;
}

/**
 * Most urgent first: no authorisation today (never had one, then ended longest ago), then
 * ending soonest; then nothing known about medication; then more gaps; then by name.
 */
export function byUrgency(a: RankedReadiness, b: RankedReadiness): number {
  const ra = a.readiness;
  const rb = b.readiness;
  const rank =
    AUTHORIZATION_RANK[ra.authorization.state] - AUTHORIZATION_RANK[rb.authorization.state];
  if (rank !== 0) return rank;
  const ea = authorizationEnds(ra.authorization) ?? '';
  const eb = authorizationEnds(rb.authorization) ?? '';
  if (ea !== eb && ra.authorization.state !== 'current') return ea < eb ? -1 : 1;
  const meds = (r: PersonReadiness) => (r.careTopicsMissing.includes('medications') ? 0 : 1);
  const byMeds = meds(ra) - meds(rb);
  if (byMeds !== 0) return byMeds;
  const byCount = rb.missing.length - ra.missing.length;
  if (byCount !== 0) return byCount;
  return a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0;
}

/**
 * The registered persons with any gap, most urgent first (byUrgency). Persons not registered
 * (pending, ended) are not expected to arrive in an emergency and are left out.
 */
export function personsWithGaps<
  P extends CheckedPerson & Pick<Person, 'id' | 'familyNameKana' | 'givenNameKana'>,
>(persons: readonly P[], today: string): { person: P; readiness: PersonReadiness }[] {
  return persons
    .filter((p) => p.registration.status === 'registered')
    .map((person) => ({
      person,
      readiness: personReadiness(person, today),
      sortName: `${person.familyNameKana} ${person.givenNameKana}\u0000${person.id}`,
    }))
    .filter((entry) => entry.readiness.missing.length > 0)
    .sort(byUrgency)
    .map(({ person, readiness }) => ({ person, readiness }));
}
