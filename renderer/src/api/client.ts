import {
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
} from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { readAccessToken } from './accessToken';
import { ApiCallError } from './apiCallError';
import type { TomariBridge } from './bridge';
import { parseEnvelope } from './envelope';

/** Sends one call and resolves with the raw answer, which is `unknown` until parsed. */
type Transport = (channel: Channel, input: unknown) => Promise<unknown>;

export interface ApiClient {
  readonly transport: 'ipc' | 'http';
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

function networkError(channel: Channel, cause: unknown): ApiCallError {
  return new ApiCallError(channel, 'NETWORK', `could not reach ${channel}`, undefined, { cause });
}

function ipcTransport(bridge: TomariBridge): Transport {
  return async (channel, input) => {
    try {
      return await bridge.invoke(channel, input);
    } catch (cause) {
      // The preload only rejects when IPC itself broke; answers always come as envelopes.
      throw networkError(channel, cause);
    }
  };
}

/** An answer the host could not phrase as JSON still deserves a useful code (e.g. a 401 page). */
function envelopeForStatus(status: number): ApiError | null {
  if (status === 401) return { code: 'UNAUTHORIZED', message: 'HTTP 401' };
  if (status === 404) return { code: 'UNKNOWN_CHANNEL', message: 'HTTP 404' };
  if (status === 413) return { code: 'PAYLOAD_TOO_LARGE', message: 'HTTP 413' };
  return null;
}

function httpTransport(): Transport {
  return async (channel, input) => {
    const token = readAccessToken();
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      // Looked up per call, not captured, so the page always uses the current global fetch.
      response = await globalThis.fetch(`/api/${channel}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (cause) {
      throw networkError(channel, cause);
    }
    try {
      // Error statuses (401/404/400/413) carry the same envelope, so the body is read regardless.
      return (await response.json()) as unknown;
    } catch (cause) {
      const error = envelopeForStatus(response.status);
      if (error) return { ok: false, error };
      throw new ApiCallError(
        channel,
        'BAD_RESPONSE',
        `HTTP ${response.status}: not JSON`,
        undefined,
        { cause },
      );
    }
  };
}

function pickTransport(): { kind: ApiClient['transport']; send: Transport } {
  const bridge = typeof window === 'undefined' ? undefined : window.tomari;
  return bridge
    ? { kind: 'ipc', send: ipcTransport(bridge) }
    : { kind: 'http', send: httpTransport() };
}

/**
 * Builds a client bound to the transport available now: the Electron preload bridge when it
 * exists, otherwise HTTP to the browser host. The choice is made once, so a page never mixes
 * the two.
 */
export function createApiClient(afterChange: ChangeListener = async () => {}): ApiClient {
  const { kind, send } = pickTransport();
  async function callOnce<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>> {
    const envelope = parseEnvelope(await send(channel, input));
    if (envelope === null) {
      throw new ApiCallError(channel, 'BAD_RESPONSE', `${channel}: answer is not an envelope`);
    }
    if (!envelope.ok) {
      throw new ApiCallError(channel, envelope.error.code, envelope.error.message, envelope.error);
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
  defaultClient ??= createApiClient(tellListeners);
  return defaultClient.call(channel, input);
}
