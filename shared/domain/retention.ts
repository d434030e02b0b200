/**
 * 保存期間: how long Tomari keeps what it holds on a person (docs/retention.md).
 *
 * The facility keeps the records of the service it gave for five years after the service ended
 * (the prefecture's ordinance on 障害福祉サービス事業 records; five years is the common figure, and
 * the period the 実地指導 asks for). Tomari counts the five years from the latest date it knows the
 * person was in relation with the facility:
 *
 * - the end of their latest stay, whatever its status (a completed stay ends on its check-out
 *   day, a stay still planned or in the facility on its planned departure; a cancelled or bumped
 *   booking is a record of the facility's too, and counts by its dates);
 * - the end of their latest service authorisation (支給決定) on file: a person whose
 *   authorisation still runs is a current user, even without a stay;
 * - for a person never booked and with no authorisation, the later of the day they were
 *   registered (登録日) and the day their record was made in Tomari.
 *
 * The records are kept through the day five years after that date (`keptUntil`, inclusive);
 * from the next day they may be erased. A person with no date at all (no stay, no authorisation,
 * no registration day and no creation on file) is never counted out: nothing can show that their
 * period ended.
 */
import { isValidIsoDate } from './dates';

/** The years records are kept after the person's last date with the facility. */
export const RETENTION_YEARS = 5;

/** What the five years are counted from. */
export const RETENTION_BASES = ['stay', 'authorization', 'registration', 'created'] as const;
export type RetentionBasis = (typeof RETENTION_BASES)[number];

/** The dates of a person the rule looks at (ISO dates, `YYYY-MM-DD`). */
export interface RetentionFacts {
  /** The end date of each of the person's stays (any status). */
  stayEnds: readonly string[];
  /** The last day of each of the person's authorisations. */
  authorizationEnds: readonly string[];
  /** The registration day (登録日), when on file. */
  registeredOn?: string | undefined;
  /** The day the person's record was made in Tomari (its first audit entry), when known. */
  createdOn?: string | undefined;
}

export interface RetentionPeriod {
  /** The date the five years are counted from, and what it is. */
  basis: RetentionBasis;
  basisDate: string;
  /** The last day the records must be kept (inclusive). */
  keptUntil: string;
}

function latest(dates: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const date of dates) if (found === undefined || date > found) found = date;
  return found;
}

/** The day `years` years after `date`; 2月29日 gives 2月28日 in a common year. */
export function yearsAfter(date: string, years: number): string {
  const year = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
  const same = `${year}${date.slice(4)}`;
  return isValidIsoDate(same) ? same : `${year}-02-28`;
}

/**
 * The person's retention period, or null when Tomari has no date to count from. A stay or an
 * authorisation, the later of them, decides; a person with neither counts from registration.
 */
export function retentionPeriod(facts: RetentionFacts): RetentionPeriod | null {
  const stay = latest(facts.stayEnds);
  const authorization = latest(facts.authorizationEnds);
  let basis: RetentionBasis;
  let basisDate: string;
  if (stay !== undefined && (authorization === undefined || stay >= authorization)) {
    basis = 'stay';
    basisDate = stay;
  } else if (authorization !== undefined) {
    basis = 'authorization';
    basisDate = authorization;
  } else if (facts.registeredOn !== undefined || facts.createdOn !== undefined) {
    // Never booked: the later of registration and the record's creation (a person registered on
    // paper long ago and entered in Tomari last year was in contact last year).
    const registered = facts.registeredOn ?? '';
    const created = facts.createdOn ?? '';
    basis = registered >= created ? 'registration' : 'created';
    basisDate = registered >= created ? registered : created;
  } else {
    return null;
  }
  return { basis, basisDate, keptUntil: yearsAfter(basisDate, RETENTION_YEARS) };
}

/** True when the period is over on `today`: the day after `keptUntil` and later. */
export function retentionEnded(period: RetentionPeriod | null, today: string): boolean {
  return period !== null && today > period.keptUntil;
}
