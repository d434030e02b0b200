/**
 * How a call reaches the main process and back, before its answer is read: the Electron preload
 * bridge when it exists, otherwise HTTP to the browser host. Kept apart from the client (which
 * reads answers with the contract's schemas) so that the renderer's first script can send the
 * first screen's reads with nothing else loaded (start.ts).
 */
import type { Channel } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { readAccessToken, readSession } from './addressKeys';
import { ApiCallError } from './apiCallError';
import type { TomariBridge } from './bridge';

/** Sends one call and resolves with the raw answer, which is `unknown` until parsed. */
export type Transport = (channel: Channel, input: unknown) => Promise<unknown>;

export type TransportKind = 'ipc' | 'http';

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
    const session = readSession();
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    // The browser host's session (a sign-in answered it); in Electron the main process holds it.
    if (session !== null) headers['X-Tomari-Session'] = session;
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

/**
 * The transport available now. The choice is made from the page alone, so a page never mixes
 * the two.
 */
export function pickTransport(): { kind: TransportKind; send: Transport } {
  const bridge = typeof window === 'undefined' ? undefined : window.tomari;
  return bridge
    ? { kind: 'ipc', send: ipcTransport(bridge) }
    : { kind: 'http', send: httpTransport() };
}
