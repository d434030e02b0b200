/**
 * The one dispatcher both transports call: look up the channel, validate the input with its
 * schema, run the service (a channel that changes data inside the store's write transaction,
 * as its contract entry says), and answer an envelope. Nothing thrown escapes as an exception.
 */
import { contract, isChannel, type Channel } from '../../shared/api/contract';
import { apiError, ServiceError, type Envelope } from '../../shared/api/errors';
import { toIssues } from '../../shared/messages/issues';
import type { ServiceContext } from '../services/context';
import { services, type Service } from '../services';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export function createDispatcher(
  ctx: ServiceContext,
  onInternalError: (channel: string, error: unknown) => void = () => {},
): Dispatch {
  return async function dispatch(channel, input) {
    if (!isChannel(channel)) {
      return { ok: false, error: apiError('UNKNOWN_CHANNEL') };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: apiError('INVALID_INPUT', { issues: toIssues(parsed.error) }) };
    }
    const service = services[channel] as Service<Channel>;
    const valid = parsed.data as never;
    try {
      // The store decides what a transaction is (one writer at a time, or a database
      // transaction); the service reads and writes through the repository it is handed.
      const value = contract[channel].mutates
        ? await ctx.repo.transaction((repo) => service({ ...ctx, repo }, valid))
        : await service(ctx, valid);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.error };
      onInternalError(channel, error);
      return { ok: false, error: apiError('INTERNAL') };
    }
  };
}
