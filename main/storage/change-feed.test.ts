import { describe, expect, it } from 'vitest';
import { DATA_KINDS } from '../../shared/api/contract';
import { createChangeFeed } from './change-feed';

describe('the change feed', () => {
  it('starts a screen at the current number with nothing to refresh', () => {
    const feed = createChangeFeed();
    feed.record(['stays']);
    expect(feed.since(null, 'connected')).toEqual({ seq: 1, kinds: [], database: 'connected' });
  });

  it('answers the kinds changed after the number asked, each once, in the contract order', () => {
    const feed = createChangeFeed();
    feed.record(['stays']);
    feed.record(['training', 'stays']);
    feed.record(['beds']);
    expect(feed.since(1, 'connected').kinds).toEqual(['beds', 'stays', 'training']);
    expect(feed.since(3, 'connected')).toEqual({ seq: 3, kinds: [], database: 'connected' });
  });

  it('tells a screen that fell behind, or asks with a number of an earlier process, that everything changed', () => {
    const feed = createChangeFeed();
    for (let i = 0; i < 250; i++) feed.record(['stays']);
    expect(feed.since(10, 'connected').kinds).toEqual([...DATA_KINDS]);
    expect(feed.since(249, 'connected').kinds).toEqual(['stays']);
    expect(feed.since(900, 'unavailable')).toEqual({
      seq: 250,
      kinds: [...DATA_KINDS],
      database: 'unavailable',
    });
  });
});
