import {
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
} from '../../../shared/api/contract';
import { keepSession } from './addressKeys';
import { ApiCallError } from './apiCallError';
import { takeEarlyAnswer } from './earlyAnswers';
import { parseEnvelope } from './envelope';
import { pickTransport, type TransportKind } from './transport';

export interface ApiClient {
  readonly transport: TransportKind;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

/**
 * Told after each call of a channel that changes data (its contract entry says so), before the
 * call resolves: the app's query cache refreshes what the change made stale there, so every
 * caller sees fresh data without keeping its own list of what to refresh.
 */
export type ChangeListener = (channel: Channel) => Promise<void>;

/** A failed call whose change may still have been made: the answer never arrived whole. */
function outcomeUnknown(error: unknown): boolean {
  return (
    error instanceof ApiCallError && (error.code === 'NETWORK' || error.code === 'BAD_RESPONSE')
  );
}

/** Told when a call finds the session over (signed out, idle too long, the app restarted). */
export type SessionEndListener = () => void;

/**
 * Builds a client bound to the transport available now: the Electron preload bridge when it
 * exists, otherwise HTTP to the browser host. The choice is made once, so a page never mixes
 * the two. Over HTTP the client keeps the session a sign-in answers (the transport sends it with
 * every call); in Electron the main process holds it for the window.
 */
export function createApiClient(
  afterChange: ChangeListener = async () => {},
  onSessionEnd: SessionEndListener = () => {},
): ApiClient {
  const { kind, send } = pickTransport();
  async function callOnce<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>> {
    // The first screen's reads were sent before this code had loaded (start.ts): their answers
    // are read here like any other, once.
    const raw = takeEarlyAnswer(channel, input) ?? send(channel, input);
    const envelope = parseEnvelope(await raw);
    if (envelope === null) {
      throw new ApiCallError(channel, 'BAD_RESPONSE', `${channel}: answer is not an envelope`);
    }
    if (channel === 'session.signOut') keepSession(null);
    if (!envelope.ok) {
      if (envelope.error.code === 'UNAUTHENTICATED') {
        keepSession(null);
        onSessionEnd();
      }
      throw new ApiCallError(channel, envelope.error.code, envelope.error.message, envelope.error);
    }
    if (channel === 'session.signIn' && kind === 'http') {
      const { session } = envelope.value as { session?: unknown };
      if (typeof session === 'string' && session !== '') keepSession(session);
    }
    // Payloads stay `unknown` until the contract's own schema has read them.
    const value = contract[channel].output.safeParse(envelope.value);
    if (!value.success) {
      throw new ApiCallError(
        channel,
        'BAD_RESPONSE',
        `${channel}: unexpected value shape`,
        undefined,
        { cause: value.error },
      );
    }
    return value.data as ChannelOutput<C>;
  }
  return {
    transport: kind,
    async call(channel, input) {
      if (!contract[channel].mutates) return callOnce(channel, input);
      try {
        const value = await callOnce(channel, input);
        await afterChange(channel);
        return value;
      } catch (error) {
        if (outcomeUnknown(error)) await afterChange(channel);
        throw error;
      }
    },
  };
}

let defaultClient: ApiClient | undefined;
const changeListeners = new Set<ChangeListener>();
const sessionEndListeners = new Set<SessionEndListener>();

/** Listens for the session ending under a call; answers the function that stops listening. */
export function onSessionEnd(listener: SessionEndListener): () => void {
  sessionEndListeners.add(listener);
  return () => sessionEndListeners.delete(listener);
}

/** Listens to the changes made through `call`; answers the function that stops listening. */
export function onDataChange(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

async function tellListeners(channel: Channel): Promise<void> {
  // A listener that fails (a refetch that errs) must not turn a saved change into an error.
  await Promise.allSettled([...changeListeners].map((listener) => listener(channel)));
}

/** Calls one API channel; the app's single way to reach its data. */
export function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  defaultClient ??= createApiClient(tellListeners, () => {
    for (const listener of sessionEndListeners) listener();
  });
  return defaultClient.call(channel, input);
}
