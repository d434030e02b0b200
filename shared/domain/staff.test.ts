import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  byReading,
  lockedUntil,
  mayUse,
  secretLongEnough,
  staffMatches,
  triesLeft,
  type SignInState,
} from './staff';

const NOW = new Date('2026-05-12T03:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('the sign-in counter (LOCKED)', () => {
  it.each<[string, SignInState | undefined, SignInState, boolean]>([
    ['the first wrong secret', undefined, { staffId: 's', failures: 1 }, false],
    ['the fourth', { staffId: 's', failures: 3 }, { staffId: 's', failures: 4 }, false],
    [
      'the fifth locks for five minutes and starts the count again',
      { staffId: 's', failures: 4 },
      { staffId: 's', failures: 0, lockedUntil: minutes(5).toISOString() },
      true,
    ],
    [
      'one after a lock that has ended counts from one',
      { staffId: 's', failures: 0, lockedUntil: minutes(-1).toISOString() },
      { staffId: 's', failures: 1 },
      false,
    ],
  ])('%s', (_, before, after, locked) => {
    expect(afterFailure('s', before, NOW)).toEqual({ state: after, locked });
  });

  it('is locked until the end of the lock, not a moment longer', () => {
    const state = { staffId: 's', failures: 0, lockedUntil: minutes(5).toISOString() };
    expect(lockedUntil(state, NOW)).toBe(state.lockedUntil);
    expect(lockedUntil(state, new Date(minutes(5).getTime() - 1))).toBe(state.lockedUntil);
    expect(lockedUntil(state, minutes(5))).toBeUndefined();
    expect(lockedUntil(undefined, NOW)).toBeUndefined();
  });

  it('says how many tries are left', () => {
    expect(triesLeft(undefined)).toBe(5);
    expect(triesLeft({ staffId: 's', failures: 3 })).toBe(2);
  });
});

describe('secrets', () => {
  it.each([
    ['12345', false],
    ['123456', true],
    ['ひみつのあい', true],
    ['ひみつ', false],
    ['😀😀😀😀😀', false],
  ])('%s is long enough: %s', (secret, ok) => {
    expect(secretLongEnough(secret)).toBe(ok);
  });
});

describe('roles', () => {
  it.each<[string[], string[], boolean]>([
    [['care'], ['care', 'manager'], true],
    [['desk'], ['care', 'manager'], false],
    [['desk', 'care'], ['care', 'manager'], true],
    [['manager'], ['manager'], true],
  ])('%j may use a channel open to %j: %s', (roles, allowed, ok) => {
    expect(mayUse(roles as never, allowed as never)).toBe(ok);
  });
});

describe('the sign-in list', () => {
  const sakura = { id: 'a', name: '夜勤 桜', nameKana: 'やきん さくら' };
  it.each([
    ['', true],
    ['やきん', true],
    ['ヤキン', true],
    ['ｻｸﾗ', true],
    ['夜勤', true],
    ['やきんさくら', true],
    ['たなか', false],
  ])('finds a name by %j: %s', (text, found) => {
    expect(staffMatches(sakura, text)).toBe(found);
  });

  it('is in the order of the readings', () => {
    const list = [
      { id: '1', name: '渡辺', nameKana: 'わたなべ' },
      { id: '2', name: '青木', nameKana: 'あおき' },
      { id: '3', name: '加藤', nameKana: 'かとう' },
    ];
    expect([...list].sort(byReading).map((s) => s.name)).toEqual(['青木', '加藤', '渡辺']);
  });
});
