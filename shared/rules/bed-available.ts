import type { Rule } from './violation';
import { violation } from './violation';

/**
 * BED_NOT_FOUND (error): the draft names a bed that does not exist.
 * BED_INACTIVE (error): the bed exists but is taken out of service.
 */
export const checkBedAvailable: Rule = (draft, ctx) => {
  if (ctx.bed === undefined || ctx.bed.id !== draft.bedId) {
    return [
      violation('BED_NOT_FOUND', 'error', '指定されたベッドが見つかりません', {
        bedId: draft.bedId,
      }),
    ];
  }
  if (!ctx.bed.active) {
    return [
      violation('BED_INACTIVE', 'error', `ベッド${ctx.bed.name}は現在使われていません`, {
        bedId: ctx.bed.id,
      }),
    ];
  }
  return [];
};
