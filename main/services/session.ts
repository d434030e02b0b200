/**
 * Signing in and out. A wrong secret counts in storage (several PCs may share the counter), the
 * fifth in a row locks the account for five minutes, and both the failures and the lock are in
 * the audit trail; a success resets the count. The secret is checked in constant time against
 * its scrypt hash and goes nowhere else (secrets.ts).
 */
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fail, refuseKeepingChanges } from '../../shared/api/errors';
import {
  afterFailure,
  LOCK_MINUTES,
  lockedUntil,
  triesLeft,
  type Staff,
  type StaffName,
} from '../../shared/domain/staff';
import { auditEntry } from './audit';
import type { ServiceContext } from './context';
import { hashSecret, needsRehash, verifyAgainstNothing, verifySecret } from './secrets';

/** `session.staffNames`: who may sign in, for the list on the sign-in screen. */
export async function signInNames(ctx: ServiceContext): Promise<StaffName[]> {
  return (await ctx.repo.listStaff())
    .filter((s) => s.active)
    .map(({ id, name, nameKana }) => ({ id, name, nameKana }));
}

export async function signIn(
  ctx: ServiceContext,
  input: ParsedInput<'session.signIn'>,
): Promise<ChannelOutput<'session.signIn'>> {
  const now = ctx.now();
  const found = await ctx.repo.getStaff(input.staffId);
  const staff = found?.active ? found : undefined;
  const state = staff ? await ctx.repo.getSignInState(staff.id) : undefined;
  // Locked: refused before the secret is even looked at, so the right one does not help.
  const until = lockedUntil(state, now);
  if (until !== undefined) fail('LOCKED', { until });

  const credential = staff ? await ctx.repo.getCredential(staff.id) : undefined;
  const right = credential
    ? await verifySecret(input.secret, credential)
    : await verifyAgainstNothing(input.secret, ctx.secretCost);
  if (!staff || !right) {
    if (!staff) fail('SIGN_IN_FAILED');
    return countFailure(ctx, staff, state, now);
  }

  const as = { ...ctx, actor: { id: staff.id, name: staff.name } };
  await ctx.repo.apply({
    ...(state && state.failures > 0 ? { signInStates: [{ staffId: staff.id, failures: 0 }] } : {}),
    ...(credential && needsRehash(credential, ctx.secretCost)
      ? { credentials: [await hashSecret(staff.id, input.secret, ctx.secretCost, now)] }
      : {}),
    audit: [auditEntry(as, { action: 'session.signIn', entity: 'staff', entityId: staff.id })],
  });
  return { session: ctx.sessions.open(staff.id), staff };
}

/** Records a wrong secret (and the lock it may bring), then refuses: the record is kept. */
async function countFailure(
  ctx: ServiceContext,
  staff: Staff,
  state: Parameters<typeof afterFailure>[1],
  now: Date,
): Promise<never> {
  const next = afterFailure(staff.id, state, now);
  await ctx.repo.apply({
    signInStates: [next.state],
    audit: [
      auditEntry(ctx, { action: 'session.signInFailed', entity: 'staff', entityId: staff.id }),
      ...(next.locked
        ? [
            auditEntry(ctx, {
              action: 'staff.locked',
              entity: 'staff',
              entityId: staff.id,
              facts: { until: next.state.lockedUntil ?? null },
            }),
          ]
        : []),
    ],
  });
  if (next.locked && next.state.lockedUntil) {
    return refuseKeepingChanges('LOCKED', { until: next.state.lockedUntil });
  }
  return refuseKeepingChanges('SIGN_IN_FAILED', {
    variant: 'counted',
    triesLeft: triesLeft(next.state),
    lockMinutes: LOCK_MINUTES,
  });
}

export async function signOut(ctx: ServiceContext): Promise<Record<string, never>> {
  if (ctx.sessionId !== undefined) ctx.sessions.end(ctx.sessionId);
  if (ctx.staff) {
    await ctx.repo.apply({
      audit: [
        auditEntry(ctx, { action: 'session.signOut', entity: 'staff', entityId: ctx.staff.id }),
      ],
    });
  }
  return {};
}

export async function currentSession(
  ctx: ServiceContext,
): Promise<ChannelOutput<'session.current'>> {
  return { staff: ctx.staff ?? fail('UNAUTHENTICATED') };
}
