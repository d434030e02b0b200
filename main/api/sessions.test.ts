import { describe, expect, it } from 'vitest';
import { createSessions } from './sessions';

describe('sessions', () => {
  const clock = { now: new Date('2026-05-12T03:00:00Z') };
  const later = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  const IDLE = 10 * 60_000;

  it('resume while used within the idle time, and end once idle that long', () => {
    const sessions = createSessions(() => clock.now);
    const id = sessions.open('s1');
    later(IDLE - 1);
    expect(sessions.resume(id, IDLE)).toMatchObject({ staffId: 's1' });
    later(IDLE - 1);
    expect(sessions.resume(id, IDLE)).toMatchObject({ staffId: 's1' });
    later(IDLE);
    expect(sessions.resume(id, IDLE)).toBeUndefined();
    // Ended, not just refused: a shorter idle time later does not bring it back.
    expect(sessions.count()).toBe(0);
  });

  it('know nothing of ids they did not make', () => {
    const sessions = createSessions(() => clock.now);
    sessions.open('s1');
    expect(sessions.resume(undefined, IDLE)).toBeUndefined();
    expect(sessions.resume('', IDLE)).toBeUndefined();
    expect(sessions.resume('made-up', IDLE)).toBeUndefined();
  });

  it("end one by one, or all of a staff member's but one", () => {
    const sessions = createSessions(() => clock.now);
    const a = sessions.open('s1');
    const b = sessions.open('s1');
    const c = sessions.open('s1');
    const other = sessions.open('s2');
    sessions.end(a);
    expect(sessions.resume(a, IDLE)).toBeUndefined();
    sessions.endAllOf('s1', c);
    expect(sessions.resume(b, IDLE)).toBeUndefined();
    expect(sessions.resume(c, IDLE)).toBeDefined();
    expect(sessions.resume(other, IDLE)).toBeDefined();
  });
});
