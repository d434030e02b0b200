import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCESS_TOKEN_KEY, SESSION_KEY } from './addressKeys';
import { ApiCallError } from './apiCallError';
import { DEFAULT_SETTINGS } from '../../../shared/domain/schemas';
import { createApiClient } from './client';

const settings = { ...DEFAULT_SETTINGS, facilityName: 'ひだまり荘' };

function fakeSessionStorage(
  entries: Record<string, string>,
): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const stored = new Map(Object.entries(entries));
  return {
    getItem: (key) => stored.get(key) ?? null,
    setItem: (key, value) => void stored.set(key, value),
    removeItem: (key) => void stored.delete(key),
  };
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

async function rejectionOf(promise: Promise<unknown>): Promise<ApiCallError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiCallError)) throw new Error('expected an ApiCallError');
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client over the Electron bridge', () => {
  it('uses window.tomari.invoke when the preload exposes it', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: settings }));
    const fetch = vi.fn();
    vi.stubGlobal('window', { tomari: { invoke } });
    vi.stubGlobal('fetch', fetch);

    const client = createApiClient();

    expect(client.transport).toBe('ipc');
    await expect(client.call('settings.get', {})).resolves.toEqual(settings);
    expect(invoke).toHaveBeenCalledWith('settings.get', {});
    expect(fetch).not.toHaveBeenCalled();
  });

  it('throws the typed error of an ok:false answer', async () => {
    const violation = {
      code: 'BED_OCCUPIED',
      severity: 'error',
      message: 'このベッドは5月12日に使用中です',
      details: { stayId: 's1' },
    };
    vi.stubGlobal('window', {
      tomari: {
        invoke: async () => ({
          ok: false,
          error: { code: 'RULE_VIOLATION', message: 'rules broken', violations: [violation] },
        }),
      },
    });

    const error = await rejectionOf(createApiClient().call('stays.get', { id: 's1' }));

    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.message).toBe('rules broken');
    expect(error.violations).toEqual([violation]);
    expect(error.apiError?.code).toBe('RULE_VIOLATION');
  });

  it('keeps the schema issues of an INVALID_INPUT answer', async () => {
    const issue = { path: ['id'], code: 'too_small', message: 'Too small' };
    vi.stubGlobal('window', {
      tomari: {
        invoke: async () => ({
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'bad input', issues: [issue] },
        }),
      },
    });

    const error = await rejectionOf(createApiClient().call('stays.get', { id: '' }));

    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([issue]);
  });

  it('reports a rejected invoke as NETWORK', async () => {
    vi.stubGlobal('window', {
      tomari: { invoke: async () => Promise.reject(new Error('IPC gone')) },
    });

    const error = await rejectionOf(createApiClient().call('beds.list', {}));

    expect(error.code).toBe('NETWORK');
    expect(error.apiError).toBeUndefined();
  });

  it('rejects an answer that is not an envelope as BAD_RESPONSE', async () => {
    vi.stubGlobal('window', { tomari: { invoke: async () => ({ value: [] }) } });

    const error = await rejectionOf(createApiClient().call('beds.list', {}));

    expect(error.code).toBe('BAD_RESPONSE');
  });

  it('rejects a value that does not match the contract as BAD_RESPONSE', async () => {
    vi.stubGlobal('window', {
      tomari: { invoke: async () => ({ ok: true, value: [{ id: 'b1' }] }) },
    });

    const error = await rejectionOf(createApiClient().call('beds.list', {}));

    expect(error.code).toBe('BAD_RESPONSE');
  });

  it('maps an error code it does not know to INTERNAL', async () => {
    vi.stubGlobal('window', {
      tomari: { invoke: async () => ({ ok: false, error: { code: 'FUTURE', message: 'x' } }) },
    });

    const error = await rejectionOf(createApiClient().call('beds.list', {}));

    expect(error.code).toBe('INTERNAL');
  });
});

describe('the API client over HTTP', () => {
  it('posts the input to /api/<channel> with the bearer token', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
      jsonResponse({ ok: true, value: settings }),
    );
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('sessionStorage', fakeSessionStorage({ [ACCESS_TOKEN_KEY]: 'secret-token' }));

    const client = createApiClient();

    expect(client.transport).toBe('http');
    await expect(client.call('settings.get', {})).resolves.toEqual(settings);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/settings.get');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{}');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer secret-token');
  });

  it('reads the error envelope of a 401 answer', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ ok: false, error: { code: 'UNAUTHORIZED', message: 'bad token' } }, 401),
    );
    vi.stubGlobal('sessionStorage', fakeSessionStorage({}));

    const error = await rejectionOf(createApiClient().call('beds.list', {}));

    expect(error.code).toBe('UNAUTHORIZED');
  });

  it('sends no Authorization header when there is no token', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
      jsonResponse({ ok: true, value: [] }),
    );
    vi.stubGlobal('fetch', fetch);

    await createApiClient().call('beds.list', {});

    expect(new Headers(fetch.mock.calls[0]?.[1].headers).has('Authorization')).toBe(false);
  });

  it('gives a non-JSON 401 answer the UNAUTHORIZED code', async () => {
    vi.stubGlobal('fetch', async () => new Response('Unauthorized', { status: 401 }));

    const error = await rejectionOf(createApiClient().call('beds.list', {}));

    expect(error.code).toBe('UNAUTHORIZED');
  });

  it('reports a failed fetch as NETWORK', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));

    const error = await rejectionOf(createApiClient().call('beds.list', {}));

    expect(error.code).toBe('NETWORK');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('keeps the transport it chose even if the bridge appears later', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ok: true, value: [] }));
    vi.stubGlobal('fetch', fetch);
    const client = createApiClient();
    const invoke = vi.fn();
    vi.stubGlobal('window', { tomari: { invoke } });

    await client.call('beds.list', {});

    expect(client.transport).toBe('http');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('the session over HTTP', () => {
  const staff = {
    id: 's1',
    name: '夜勤 桜',
    nameKana: 'やきん さくら',
    roles: ['care'],
    qualifications: [],
    active: true,
  };

  it('keeps the session a sign-in answers, sends it with each call, and forgets it at sign-out', async () => {
    const storage = fakeSessionStorage({ [ACCESS_TOKEN_KEY]: 'tok' });
    vi.stubGlobal('sessionStorage', storage);
    const fetch = vi.fn(async (url: string, _init: RequestInit) =>
      jsonResponse(
        url.endsWith('session.signIn')
          ? { ok: true, value: { session: 'the-session', staff } }
          : { ok: true, value: url.endsWith('signOut') ? {} : [] },
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const client = createApiClient();
    await client.call('session.signIn', { staffId: 's1', secret: 'secret-1' });
    await client.call('beds.list', {});
    expect(new Headers(fetch.mock.calls[1]?.[1].headers).get('X-Tomari-Session')).toBe(
      'the-session',
    );
    await client.call('session.signOut', {});
    await client.call('beds.list', {});
    expect(new Headers(fetch.mock.calls[3]?.[1].headers).has('X-Tomari-Session')).toBe(false);
  });

  it('forgets the session and says so when a call finds it ended', async () => {
    vi.stubGlobal('sessionStorage', fakeSessionStorage({ [SESSION_KEY]: 'old' }));
    vi.stubGlobal('fetch', async () =>
      jsonResponse({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'sign in' } }, 401),
    );
    const ended = vi.fn();
    const error = await rejectionOf(createApiClient(undefined, ended).call('beds.list', {}));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(ended).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });
});
