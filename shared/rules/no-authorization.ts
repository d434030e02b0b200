import { stayDates } from '../domain/dates';
import type { Rule } from './violation';
import { violation } from './violation';

/**
 * NO_AUTHORIZATION: some date of the stay (start..end inclusive) is not covered by any
 * short-stay authorisation (支給決定, `from..to` inclusive). An error for an experience stay, a
 * warning for an emergency.
 */
export const checkNoAuthorization: Rule = (draft, ctx) => {
  const auths = ctx.person.authorizations;
  const uncovered = stayDates(draft.start, draft.end).filter(
    (date) => !auths.some((a) => a.from <= date && date <= a.to),
  );
  if (uncovered.length === 0) return [];
  const emergency = draft.kind === 'emergency';
  return [
    violation('NO_AUTHORIZATION', emergency ? 'warning' : 'error', {
      uncovered,
      from: uncovered[0],
      days: uncovered.length,
    }),
  ];
};
