import type { Rule } from './violation';
import { violation } from './violation';

/**
 * BED_NOT_FOUND (error): the draft names a bed that does not exist.
 * BED_INACTIVE (error): the bed exists but is taken out of service.
 */
export const checkBedAvailable: Rule = (draft, ctx) => {
  if (ctx.bed === undefined || ctx.bed.id !== draft.bedId) {
    return [violation('BED_NOT_FOUND', 'error', { bedId: draft.bedId })];
  }
  if (!ctx.bed.active) {
    return [violation('BED_INACTIVE', 'error', { bedId: ctx.bed.id, bedName: ctx.bed.name })];
  }
  return [];
};
