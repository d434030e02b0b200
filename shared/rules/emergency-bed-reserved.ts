import type { Rule } from './violation';
import { violation } from './violation';

/**
 * EMERGENCY_BED_RESERVED (override): an experience stay on a bed the facility keeps free for
 * emergencies (`bed.emergencyReserved`). The city asks the facility to be ready to take an
 * emergency at any hour (常時の緊急受入態勢); a reserved bed given to an experience stay takes
 * that readiness away, so it needs a written reason and who approved it, as a cap does.
 * Emergency stays pass. A bed that is out of service or does not take experience stays at all
 * is refused by BED_INACTIVE or BED_NOT_ALLOWED, and this rule then says nothing more.
 */
export const checkEmergencyBedReserved: Rule = (draft, ctx) => {
  const bed = ctx.bed;
  if (draft.kind !== 'experience' || bed === undefined || !bed.emergencyReserved) return [];
  if (!bed.active || !bed.allows.includes('experience')) return [];
  return [violation('EMERGENCY_BED_RESERVED', 'override', { bedId: bed.id, bedName: bed.name })];
};
