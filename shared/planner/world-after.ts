/**
 * The stays as they would be once a plan is committed: the emergency stay on its bed, bumped
 * stays bumped, cut-short and shortened stays ending on the emergency's start (`newEnds`).
 * Offers are checked in it.
 */
import type { Stay } from '../domain/schemas';
import type { CutShort } from './bed-options';
import type { EmergencyRequest, PlanSnapshot } from './snapshot';

/** Id of the emergency stay that does not exist yet; never a stored id (those are shorter). */
export const PLANNED_EMERGENCY_ID = '(planned-emergency)';

export interface WorldAfter {
  /** Every loaded stay after the plan, the emergency included. */
  stays: Stay[];
  /** A person's stays after the plan. */
  staysOf(personId: string): Stay[];
}

export function worldAfter(
  request: EmergencyRequest,
  snap: PlanSnapshot,
  bedId: string,
  bumped: readonly string[],
  newEnds: readonly CutShort[],
): WorldAfter {
  const bumpedIds = new Set(bumped);
  const endOf = new Map(newEnds.map((c) => [c.stayId, c.newEnd]));
  const apply = (stay: Stay): Stay => {
    if (bumpedIds.has(stay.id)) return { ...stay, status: 'bumped' };
    const newEnd = endOf.get(stay.id);
    return newEnd === undefined ? stay : { ...stay, end: newEnd };
  };
  const emergency: Stay = {
    id: PLANNED_EMERGENCY_ID,
    personId: request.personId,
    bedId,
    kind: 'emergency',
    start: request.start,
    end: request.end,
    status: 'confirmed',
    createdAt: `${snap.today}T00:00:00.000Z`,
    overrides: [],
  };
  return worldOf(snap, [...snap.stays.map(apply), emergency], apply);
}

/** The stays as they are now, with no plan applied: offers made later, from the to-contact list. */
export function worldAsIs(snap: PlanSnapshot): WorldAfter {
  return worldOf(snap, snap.stays, (stay) => stay);
}

function worldOf(snap: PlanSnapshot, stays: Stay[], apply: (stay: Stay) => Stay): WorldAfter {
  const cache = new Map<string, Stay[]>();
  const staysOf = (personId: string): Stay[] => {
    const cached = cache.get(personId);
    if (cached) return cached;
    // A person's own list and the window's stays overlap; the window's copy is as fresh.
    const byId = new Map<string, Stay>();
    for (const s of snap.personStays[personId] ?? []) byId.set(s.id, apply(s));
    for (const s of stays) if (s.personId === personId) byId.set(s.id, s);
    const list = [...byId.values()];
    cache.set(personId, list);
    return list;
  };
  return { stays, staysOf };
}
