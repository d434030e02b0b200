import type { Rule } from './violation';
import { violation } from './violation';

/** BED_NOT_ALLOWED (error): the bed does not take this kind of stay. */
export const checkBedNotAllowed: Rule = (draft, ctx) => {
  const bed = ctx.bed;
  if (bed === undefined || bed.allows.includes(draft.kind)) return [];
  return [
    violation('BED_NOT_ALLOWED', 'error', {
      bedId: bed.id,
      bedName: bed.name,
      kind: draft.kind,
      allows: [...bed.allows],
    }),
  ];
};
