import type { Bed, BedBlock, EmergencyPlan, Person, Settings, Stay } from '../domain/schemas';
import type { PlanReason } from './reasons';

/** An emergency admission asked for: who, and the nights `[start, end)`. */
export interface EmergencyRequest {
  personId: string;
  start: string;
  end: string;
}

/**
 * Everything an emergency plan depends on, loaded by the caller for `planWindow(request,
 * settings)`, so that planning is a pure function.
 */
export interface PlanSnapshot {
  settings: Settings;
  /** The clock's date in Japan, `YYYY-MM-DD`; reschedule offers start the day after. */
  today: string;
  beds: Bed[];
  blocks: BedBlock[];
  /** Every stay, any status, whose dates touch the window. */
  stays: Stay[];
  /**
   * The requesting person and every person whose stay could give way (holds a bed on the
   * emergency's nights): offers are made only to them.
   */
  persons: Record<string, Person>;
  /** Each such person's stays, covering what `CheckContext.personStays` needs for the window. */
  personStays: Record<string, Stay[]>;
}

export type PlanResult =
  | { ok: true; plan: EmergencyPlan }
  | { ok: false; code: 'NO_EMERGENCY_CAPACITY'; reasons: string[]; explanations: PlanReason[] };
