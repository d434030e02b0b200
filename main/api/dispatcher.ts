/**
 * The one dispatcher both transports call: look up the channel, validate the input with its
 * schema, run the service, and answer an envelope. Nothing thrown escapes as an exception.
 */
import type { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/api/contract';
import { ServiceError, type Envelope, type ValidationIssue } from '../../shared/api/errors';
import type { ServiceContext } from '../services/context';
import { MUTATING_CHANNELS, services, type Service } from '../services';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    code: issue.code,
    message: issue.message,
  }));
}

/** A queue that runs writes one after another, so a booking's check and its write stay together. */
function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createDispatcher(
  ctx: ServiceContext,
  onInternalError: (channel: string, error: unknown) => void = () => {},
): Dispatch {
  const serialize = createWriteQueue();

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
    const run = () => service(ctx, parsed.data as never);
    try {
      const value = MUTATING_CHANNELS.has(channel) ? await serialize(run) : await run();
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
