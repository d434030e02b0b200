import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/schemas';
import { ApiCallError } from './apiCallError';
import { createApiClient } from './client';
import { askEarly, takeEarlyAnswer } from './earlyAnswers';

afterEach(() => {
  vi.unstubAllGlobals();
});

const settings = { ...DEFAULT_SETTINGS, facilityName: 'ひだまり荘' };

describe('reads asked for before the app has loaded', () => {
  it('are sent at once, and their answer is taken by the client, checked, exactly once', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: settings }));
    vi.stubGlobal('window', { tomari: { invoke } });
    askEarly([{ channel: 'settings.get', input: {} }]);
    expect(invoke).toHaveBeenCalledTimes(1);

    const client = createApiClient();
    await expect(client.call('settings.get', {})).resolves.toEqual(settings);
    expect(invoke).toHaveBeenCalledTimes(1);
    // Taken once: the next call asks again.
    await expect(client.call('settings.get', {})).resolves.toEqual(settings);
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('answer only the call with the very same input', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: [] }));
    vi.stubGlobal('window', { tomari: { invoke } });
    askEarly([{ channel: 'stays.list', input: { from: '2026-05-01', to: '2026-05-31' } }]);
    expect(takeEarlyAnswer('stays.list', { from: '2026-06-01', to: '2026-06-30' })).toBeUndefined();
    expect(takeEarlyAnswer('stays.list', { from: '2026-05-01', to: '2026-05-31' })).toBeDefined();
  });

  it('report a failure when the answer is taken, as the call it stands for', async () => {
    vi.stubGlobal('window', {
      tomari: { invoke: vi.fn(async () => Promise.reject(new Error('IPC broke'))) },
    });
    askEarly([{ channel: 'settings.get', input: {} }]);
    const client = createApiClient();
    const error: unknown = await client.call('settings.get', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('NETWORK');
  });
});
