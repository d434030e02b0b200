import { QueryObserver } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../shared/api/contract';
import { createQueryClient } from '../app/queryClient';
import { call } from './client';
import { channelKey, channelQuery } from './queries';

const stay = {
  id: 's1',
  personId: 'p1',
  bedId: 'b1',
  kind: 'experience',
  start: '2026-06-01',
  end: '2026-06-04',
  status: 'confirmed',
  createdAt: '2026-05-01T00:00:00.000Z',
  overrides: [],
};
let usedDays = 4;
const asked: Channel[] = [];

/** A fake preload bridge: what the main process would answer, channel by channel. */
async function invoke(channel: Channel): Promise<unknown> {
  asked.push(channel);
  switch (channel) {
    case 'usage.get':
      return {
        ok: true,
        value: { fiscalYear: 2026, experienceDays: usedDays, cap: 30, remaining: 30 - usedDays },
      };
    case 'stays.check':
      return { ok: true, value: { violations: [] } };
    case 'stays.update':
      usedDays += 2;
      return { ok: true, value: { ...stay, end: '2026-06-06' } };
    case 'stays.create':
      return { ok: false, error: { code: 'RULE_VIOLATION', message: 'x', violations: [] } };
    case 'stays.cancel':
      throw new Error('the IPC channel closed');
    default:
      return { ok: false, error: { code: 'NOT_FOUND', message: 'x' } };
  }
}

beforeAll(() => {
  vi.stubGlobal('window', { tomari: { invoke } });
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(() => {
  asked.length = 0;
});

const usageInput = { personId: 'p1', fiscalYear: 2026 };
const draft = {
  personId: 'p1',
  bedId: 'b1',
  kind: 'experience' as const,
  start: '2026-06-01',
  end: '2026-06-04',
};

/** A query client as the app makes it, with the person's yearly usage on screen. */
async function withUsageShown() {
  const client = createQueryClient();
  const observer = new QueryObserver(client, channelQuery('usage.get', usageInput));
  const unsubscribe = observer.subscribe(() => {});
  await vi.waitFor(() => expect(observer.getCurrentResult().data?.experienceDays).toBeDefined());
  return { client, observer, unsubscribe };
}

describe('the query cache after a change made through the API client', () => {
  it('shows the new yearly usage as soon as a moved stay is saved, not after 30 s', async () => {
    const { observer, unsubscribe } = await withUsageShown();
    const before = observer.getCurrentResult().data?.experienceDays;

    await call('stays.update', { id: 's1', changes: { end: '2026-06-06' } });

    // The change's call resolves only after what it made stale on screen was fetched again.
    expect(observer.getCurrentResult().data?.experienceDays).toBe((before ?? 0) + 2);
    unsubscribe();
  });

  it('marks stale the answers not on screen, so they are fetched when next shown', async () => {
    const client = createQueryClient();
    await client.fetchQuery(channelQuery('usage.get', usageInput));
    await client.fetchQuery(channelQuery('stays.check', { draft }));

    await call('stays.update', { id: 's1', changes: { end: '2026-06-06' } });

    expect(client.getQueryState(channelKey('usage.get', usageInput))?.isInvalidated).toBe(true);
    expect(client.getQueryState(channelKey('stays.check', { draft }))?.isInvalidated).toBe(true);
  });

  it('refreshes nothing after a read or a refused change', async () => {
    const { client, unsubscribe } = await withUsageShown();
    asked.length = 0;

    await call('stays.check', { draft });
    await expect(call('stays.create', { draft })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });

    expect(asked).toEqual(['stays.check', 'stays.create']);
    expect(client.getQueryState(channelKey('usage.get', usageInput))?.isInvalidated).toBe(false);
    unsubscribe();
  });

  it('refreshes after a change whose answer was lost, since it may have been saved', async () => {
    const { unsubscribe } = await withUsageShown();
    asked.length = 0;

    await expect(call('stays.cancel', { id: 's1', reason: '体調不良' })).rejects.toMatchObject({
      code: 'NETWORK',
    });

    expect(asked).toEqual(['stays.cancel', 'usage.get']);
    unsubscribe();
  });
});
