import type { Rule } from './violation';
import { violation } from './violation';

/**
 * NOT_REGISTERED: the person is not pre-registered (事前登録; status other than `registered`).
 * An error for an experience stay; a warning for an emergency, which is registered afterwards.
 */
export const checkNotRegistered: Rule = (draft, ctx) => {
  const status = ctx.person.registration.status;
  if (status === 'registered') return [];
  const emergency = draft.kind === 'emergency';
  return [violation('NOT_REGISTERED', emergency ? 'warning' : 'error', { status })];
};
