/**
 * A real Tomari (store, services, dispatcher) on a fresh temp folder with a fixed clock, for
 * service tests. `call` unwraps an ok answer and fails the test on an error answer; `answer`
 * returns the raw envelope for error-path tests. Every ok answer of either is read with its
 * channel's output schema first: a service that answers outside the contract fails the test
 * that called it, as the renderer's client would refuse the answer.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
} from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { startTomari, type TomariRuntime } from '../runtime';

export interface Fixture {
  dataDir: string;
  runtime: TomariRuntime;
  clock: { now: Date };
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  answer(channel: string, input: unknown): Promise<Envelope<unknown>>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/** Noon in Japan on the given date, so "today" is that date whatever the machine's zone. */
export function japanNoon(date: string): Date {
  return new Date(`${date}T12:00:00+09:00`);
}

/** The answer as it came, once its value has passed the channel's output schema. */
export function checkedAgainstContract(
  channel: string,
  answer: Envelope<unknown>,
): Envelope<unknown> {
  if (!answer.ok || !isChannel(channel)) return answer;
  const read = contract[channel].output.safeParse(answer.value);
  if (!read.success) {
    const where = read.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join(', ');
    throw new Error(`${channel} answered outside its output schema (${where})`);
  }
  return answer;
}

export async function createFixture(today = '2026-05-12'): Promise<Fixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-test-'));
  const clock = { now: japanNoon(today) };
  const open = () => startTomari({ dataDir, actor: 'tester', now: () => clock.now });
  let runtime = await open();
  const fixture: Fixture = {
    dataDir,
    clock,
    get runtime() {
      return runtime;
    },
    async call(channel, input) {
      const result = checkedAgainstContract(channel, await runtime.dispatch(channel, input));
      if (!result.ok)
        throw new Error(`${channel} answered ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    answer: async (channel, input) =>
      checkedAgainstContract(channel, await runtime.dispatch(channel, input)),
    async restart() {
      await runtime.close();
      runtime = await open();
    },
    async dispose() {
      await runtime.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return fixture;
}

export { bedInput, personInput } from './builders';
