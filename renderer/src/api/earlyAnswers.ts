import type { Channel } from '../../../shared/api/contract';
import { pickTransport } from './transport';

/** Raw answers to reads sent before the app's code had loaded, by channel and input. */
const waiting = new Map<string, Promise<unknown>>();

const keyOf = (channel: Channel, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/**
 * Sends these reads now, with nothing but the transport loaded (start.ts), so their answers
 * travel while the rest of the app's code loads and runs. The answers wait, unread, for the
 * client to take them (`takeEarlyAnswer`); the client then reads and checks them as always.
 */
export function askEarly(requests: readonly { channel: Channel; input: unknown }[]): void {
  const { send } = pickTransport();
  for (const { channel, input } of requests) {
    const answer = send(channel, input);
    // A failure is reported when the answer is taken, not as an unhandled rejection now.
    answer.catch(() => undefined);
    waiting.set(keyOf(channel, input), answer);
  }
}

/** The raw answer asked for early for exactly this call, once; later calls are sent anew. */
export function takeEarlyAnswer(channel: Channel, input: unknown): Promise<unknown> | undefined {
  const key = keyOf(channel, input);
  const answer = waiting.get(key);
  waiting.delete(key);
  return answer;
}
