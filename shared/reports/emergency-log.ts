/**
 * The emergency log (緊急受入の記録): each emergency stay that began in a period, with its
 * request (why, who asked), its days and add-on days, and the stays that gave way to it and
 * what became of them.
 */
import { stayDates } from '../domain/dates';
import type { EmergencyReason, EmergencyRequester } from '../domain/emergency-intake';
import type { Stay } from '../domain/schemas';
import { emergencyAddOnDates } from '../paperwork/emergency-add-on';
import { occupiesNights } from '../rules/occupancy';

/** How a stay gave way: postponed whole, guest sent home early, or a booking shortened. */
export type DisplacementEffect = 'bumped' | 'cutShort' | 'shortened';

/**
 * What became of it: a bumped booking is waiting for the family to be called, called
 * (contacted), or given new dates (rebooked); a guest cut short left on the emergency's first
 * day; a shortened booking ends that day instead.
 */
export type DisplacementOutcome =
  'waiting' | 'contacted' | 'rebooked' | 'leftEarly' | 'endsEarlier';

export interface Displacement {
  stayId: string;
  personId: string;
  effect: DisplacementEffect;
  outcome: DisplacementOutcome;
  /** Nights lost: the whole booking when bumped, else from the new end to the old one. */
  nightsLost: number;
}

export interface EmergencyLogEntry {
  stayId: string;
  personId: string;
  start: string;
  end: string;
  status: Stay['status'];
  days: number;
  addOnDays: number;
  reason?: EmergencyReason;
  reasonText?: string;
  requestedBy?: EmergencyRequester;
  requestedAt?: string;
  displaced: Displacement[];
}

function displacementOf(stay: Stay, laterStays: readonly Stay[]): Displacement | null {
  const base = { stayId: stay.id, personId: stay.personId };
  if (stay.bumpedBy) {
    const bumpedAt = stay.updatedAt ?? stay.createdAt;
    // Rebooked from the to-contact list: linked (rebookedAs). Bookings made before the link
    // existed are recognised as a new experience booking of the person made after the bump.
    const rebooked =
      stay.rebookedAs !== undefined ||
      laterStays.some(
        (s) =>
          s.personId === stay.personId &&
          s.id !== stay.id &&
          s.kind === 'experience' &&
          occupiesNights(s) &&
          s.createdAt >= bumpedAt,
      );
    const outcome = rebooked ? 'rebooked' : stay.contactedAt ? 'contacted' : 'waiting';
    const nightsLost = stayDates(stay.start, stay.end).length - 1;
    return { ...base, effect: 'bumped', outcome, nightsLost };
  }
  const lost = stay.originalEnd ? stayDates(stay.end, stay.originalEnd).length - 1 : 0;
  if (stay.cutShortBy)
    return { ...base, effect: 'cutShort', outcome: 'leftEarly', nightsLost: lost };
  if (stay.shortenedBy) {
    return { ...base, effect: 'shortened', outcome: 'endsEarlier', nightsLost: lost };
  }
  return null;
}

/**
 * The log of emergency stays among `stays` that begin in [from, to], by start. `stays` must
 * also hold the stays that gave way (any date) and the persons' later stays, to tell rebooked.
 */
export function emergencyLog(
  stays: readonly Stay[],
  from: string,
  to: string,
): EmergencyLogEntry[] {
  const displacedBy = new Map<string, Stay[]>();
  for (const s of stays) {
    const by = s.bumpedBy ?? s.cutShortBy ?? s.shortenedBy;
    if (!by) continue;
    const list = displacedBy.get(by);
    if (list) list.push(s);
    else displacedBy.set(by, [s]);
  }
  return stays
    .filter((s) => s.kind === 'emergency' && occupiesNights(s) && s.start >= from && s.start <= to)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
    .map((s) => ({
      stayId: s.id,
      personId: s.personId,
      start: s.start,
      end: s.end,
      status: s.status,
      days: stayDates(s.start, s.end).length,
      addOnDays: emergencyAddOnDates(s).length,
      ...(s.intake
        ? {
            reason: s.intake.reason,
            ...(s.intake.reasonText ? { reasonText: s.intake.reasonText } : {}),
            requestedBy: s.intake.requestedBy,
            requestedAt: s.intake.requestedAt,
          }
        : {}),
      displaced: (displacedBy.get(s.id) ?? [])
        .map((d) => displacementOf(d, stays))
        .filter((d): d is Displacement => d !== null),
    }));
}
