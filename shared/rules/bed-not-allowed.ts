import type { Rule } from './violation';
import { violation } from './violation';
import { KIND_LABELS } from './labels';

/** BED_NOT_ALLOWED (error): the bed does not take this kind of stay. */
export const checkBedNotAllowed: Rule = (draft, ctx) => {
  const bed = ctx.bed;
  if (bed === undefined || bed.allows.includes(draft.kind)) return [];
  return [
    violation(
      'BED_NOT_ALLOWED',
      'error',
      `ベッド${bed.name}は${KIND_LABELS[draft.kind]}に使えません`,
      { bedId: bed.id, kind: draft.kind, allows: [...bed.allows] },
    ),
  ];
};
