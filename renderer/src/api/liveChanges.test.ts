import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Changes } from '../../../shared/api/contract';
import { followChanges } from './liveChanges';
import { channelKey } from './queries';

afterEach(() => {
  vi.useRealTimers();
});

function answers(list: Changes[]) {
  const asked: (number | null)[] = [];
  const ask = (after: number | null) => {
    asked.push(after);
    const next = list.shift();
    return next ? Promise.resolve(next) : Promise.reject(new Error('no more'));
  };
  return { ask, asked };
}

function cachedClient() {
  const client = new QueryClient();
  client.setQueryData(channelKey('stays.list', { from: '2026-06-01', to: '2026-06-30' }), []);
  client.setQueryData(channelKey('settings.get', {}), {});
  return client;
}

const isStale = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryState(key)?.isInvalidated ?? false;

describe('following changes made on other PCs', () => {
  it('refreshes the answers that read what changed, and only those', async () => {
    vi.useFakeTimers();
    const client = cachedClient();
    const { ask, asked } = answers([
      { seq: 4, kinds: [], database: 'connected' },
      { seq: 5, kinds: ['stays'], database: 'connected' },
    ]);
    const stop = followChanges(client, { ask, everyMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked).toEqual([null, 4]);
    expect(
      isStale(client, channelKey('stays.list', { from: '2026-06-01', to: '2026-06-30' })),
    ).toBe(true);
    expect(isStale(client, channelKey('settings.get', {}))).toBe(false);
    stop();
  });

  it('keeps asking while the host does not answer, and stops when told to', async () => {
    vi.useFakeTimers();
    const { ask, asked } = answers([]);
    const stop = followChanges(cachedClient(), { ask, everyMs: 1_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(asked).toEqual([null, null, null]);
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toHaveLength(3);
  });

  it('asks once on the embedded store, where no other PC writes', async () => {
    vi.useFakeTimers();
    const { ask, asked } = answers([{ seq: 0, kinds: [], database: 'none' }]);
    followChanges(cachedClient(), { ask, everyMs: 1_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toEqual([null]);
  });
});
