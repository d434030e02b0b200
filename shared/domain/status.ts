/**
 * The life of a stay: tentative → confirmed → in_stay → completed; tentative/confirmed →
 * cancelled; an experience stay may end bumped (only through an emergency commit).
 */
import type { StayStatus } from './schemas';

const NEXT: Record<StayStatus, readonly StayStatus[]> = {
  tentative: ['confirmed', 'in_stay', 'cancelled', 'bumped'],
  confirmed: ['tentative', 'in_stay', 'cancelled', 'bumped'],
  in_stay: ['completed'],
  completed: [],
  cancelled: [],
  bumped: [],
};

export function canTransition(from: StayStatus, to: StayStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

/** Stays in these states are over: only their note may still change. */
export function isClosed(status: StayStatus): boolean {
  return NEXT[status].length === 0;
}
