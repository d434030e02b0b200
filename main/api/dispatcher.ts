/**
 * The one dispatcher both transports call: look up the channel, check who is calling against
 * its contract entry (a live session, a role allowed), validate the input with its schema, run
 * the service (a channel that changes data inside the store's write transaction, as its
 * contract entry says), and answer an envelope. Nothing thrown escapes as an exception.
 */
import { ANYONE, contract, isChannel, type Channel } from '../../shared/api/contract';
import { apiError, ServiceError, type ApiError, type Envelope } from '../../shared/api/errors';
import { mayUse } from '../../shared/domain/staff';
import { toIssues } from '../../shared/messages/issues';
import { SIGNED_OUT, type ServiceContext } from '../services/context';
import { services, type Service } from '../services';

/** Who a call comes from, as the transport knows it: the session it carries, if any. */
export interface Caller {
  session?: string;
}

export type Dispatch = (
  channel: string,
  input: unknown,
  caller?: Caller,
) => Promise<Envelope<unknown>>;

/** What the runtime gives the dispatcher; who is acting is added per call, from the session. */
export type RuntimeContext = Omit<ServiceContext, 'actor' | 'staff' | 'sessionId'>;

/**
 * The context a call runs with, or the refusal: UNAUTHENTICATED without a live session (or for
 * a member of staff retired meanwhile), FORBIDDEN for a role the channel is not open to.
 */
async function callerContext(
  ctx: RuntimeContext,
  channel: Channel,
  caller: Caller,
): Promise<{ ok: true; ctx: ServiceContext } | { ok: false; error: ApiError }> {
  const entry = contract[channel];
  const signedOut = { ok: true, ctx: { ...ctx, actor: SIGNED_OUT } } as const;
  if (entry.roles === ANYONE) return signedOut;
  // Nobody can sign in on a damaged store (the register may be the damaged file): its notice
  // and its restore answer anyone until the data is whole again.
  if ('openWhileDamaged' in entry && !ctx.storage.status().ok) return signedOut;

  const { idleLockMinutes } = await ctx.repo.getSettings();
  const session = ctx.sessions.resume(caller.session, idleLockMinutes * 60_000);
  if (!session) return { ok: false, error: apiError('UNAUTHENTICATED') };
  const staff = await ctx.repo.getStaff(session.staffId);
  if (!staff?.active) {
    ctx.sessions.endAllOf(session.staffId);
    return { ok: false, error: apiError('UNAUTHENTICATED') };
  }
  if (!mayUse(staff.roles, entry.roles)) {
    return { ok: false, error: apiError('FORBIDDEN', { channel, roles: [...entry.roles] }) };
  }
  const actor = { id: staff.id, name: staff.name };
  return { ok: true, ctx: { ...ctx, actor, staff, sessionId: caller.session } };
}

export function createDispatcher(
  ctx: RuntimeContext,
  onInternalError: (channel: string, error: unknown) => void = () => {},
): Dispatch {
  return async function dispatch(channel, input, caller = {}) {
    if (!isChannel(channel)) {
      return { ok: false, error: apiError('UNKNOWN_CHANNEL') };
    }
    try {
      // Who is calling is settled before the input is even read: a caller refused learns
      // nothing about what the channel would accept.
      const called = await callerContext(ctx, channel, caller);
      if (!called.ok) return { ok: false, error: called.error };
      const callCtx = called.ctx;

      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) {
        return { ok: false, error: apiError('INVALID_INPUT', { issues: toIssues(parsed.error) }) };
      }
      const service = services[channel] as Service<Channel>;
      const valid = parsed.data as never;
      if (!contract[channel].mutates) return { ok: true, value: await service(callCtx, valid) };
      // The store decides what a transaction is (one writer at a time, or a database
      // transaction); the service reads and writes through the repository it is handed. A
      // refusal that keeps its changes (a wrong secret counted) ends the transaction normally.
      return await ctx.repo.transaction(async (repo): Promise<Envelope<unknown>> => {
        try {
          return { ok: true, value: await service({ ...callCtx, repo }, valid) };
        } catch (error) {
          if (error instanceof ServiceError && error.keepChanges) {
            return { ok: false, error: error.error };
          }
          throw error;
        }
      });
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.error };
      onInternalError(channel, error);
      return { ok: false, error: apiError('INTERNAL') };
    }
  };
}
