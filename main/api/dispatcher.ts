/**
 * The one dispatcher both transports call: look up the channel, validate the input with its
 * schema, run the service (a channel that changes data inside the store's write transaction,
 * as its contract entry says), and answer an envelope. Nothing thrown escapes as an exception.
 */
import type { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/api/contract';
import { ServiceError, type Envelope, type ValidationIssue } from '../../shared/api/errors';
import type { ServiceContext } from '../services/context';
import { services, type Service } from '../services';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    code: issue.code,
    message: issue.message,
  }));
}

export function createDispatcher(
  ctx: ServiceContext,
  onInternalError: (channel: string, error: unknown) => void = () => {},
): Dispatch {
  return async function dispatch(channel, input) {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `不明な操作です: ${channel.slice(0, 60)}` },
      };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `入力内容に誤りがあります（${issues.map((i) => i.path.join('.') || '入力').join('、')}）。`,
          issues,
        },
      };
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
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: '予期しないエラーが発生しました。データは変更されていません。',
        },
      };
    }
  };
}
