import { describe, expect, it } from 'vitest';
import { makeBed, makeBlock, makeStay } from '../rules/test-fixtures';
import type { Bed } from './schemas';
import { holdersOfNights, isShortNight, readinessAhead, readinessTarget } from './night-readiness';

const reserved = makeBed({ id: 'r1', name: 'R-1', order: 1, emergencyReserved: true });
const reserved2 = makeBed({ id: 'r2', name: 'R-2', order: 2, emergencyReserved: true });
const plain = makeBed({ id: 'a1', name: 'A-1', order: 3 });
const experienceOnly = makeBed({ id: 'x1', name: 'X-1', order: 4, allows: ['experience'] });
const beds = [reserved, reserved2, plain, experienceOnly];

describe('readinessTarget', () => {
  it.each([
    ['follows the active reserved beds when unset', null, beds, 2],
    ['counts no reserved bed out of service', null, [reserved, { ...reserved2, active: false }], 1],
    [
      'counts no reserved bed that takes no emergencies',
      null,
      [reserved, { ...reserved2, allows: ['experience' as const] }],
      1,
    ],
    ['takes the facility’s number when set', 3, beds, 3],
    ['takes zero when the facility says so', 0, beds, 0],
  ] as const)('%s', (_name, emergencyReadyBeds, list, expected) => {
    expect(readinessTarget({ emergencyReadyBeds }, list as readonly Bed[])).toBe(expected);
  });
});

describe('readinessAhead', () => {
  const today = '2026-05-12';

  it('counts the beds an emergency could take without bumping anyone, night by night', () => {
    const stays = [
      // An experience stay holds R-1 for two nights: it would be bumped, so it is not free.
      makeStay({ id: 's1', bedId: 'r1', start: '2026-05-12', end: '2026-05-14' }),
      // A stay on a bed that takes no emergency does not change anything.
      makeStay({ id: 's2', bedId: 'x1', start: '2026-05-12', end: '2026-05-20' }),
      // Cancelled stays hold nothing.
      makeStay({
        id: 's3',
        bedId: 'r2',
        start: '2026-05-12',
        end: '2026-05-20',
        status: 'cancelled',
      }),
    ];
    const blocks = [makeBlock({ bedId: 'a1', start: '2026-05-13', end: '2026-05-15' })];
    const ahead = readinessAhead(beds, stays, blocks, today, 3);
    expect(ahead.tonight).toMatchObject({ date: today, freeEmergencyBeds: 2 });
    expect(ahead.shortNights.map((n) => [n.date, n.freeEmergencyBeds])).toEqual([
      ['2026-05-12', 2],
      ['2026-05-13', 1],
      ['2026-05-14', 2],
    ]);
  });

  it('looks eight weeks ahead and no further', () => {
    const stays = [
      makeStay({ id: 'in', bedId: 'r1', start: '2026-07-06', end: '2026-07-07' }),
      makeStay({ id: 'out', bedId: 'r1', start: '2026-07-07', end: '2026-07-08' }),
    ];
    expect(readinessAhead(beds, stays, [], today, 3).shortNights.map((n) => n.date)).toEqual([
      '2026-07-06',
    ]);
  });

  it('finds no short night when the target is met', () => {
    expect(readinessAhead(beds, [], [], today, 3).shortNights).toEqual([]);
    expect(isShortNight({ freeEmergencyBeds: 2 }, 2)).toBe(false);
    expect(isShortNight({ freeEmergencyBeds: 1 }, 2)).toBe(true);
  });
});

describe('holdersOfNights', () => {
  it('names the stays on beds that take emergencies each night, in bed order', () => {
    const stays = [
      makeStay({ id: 'on-a1', bedId: 'a1', start: '2026-05-10', end: '2026-05-13' }),
      makeStay({
        id: 'on-r1',
        bedId: 'r1',
        start: '2026-05-12',
        end: '2026-05-13',
        kind: 'emergency',
      }),
      makeStay({ id: 'on-x1', bedId: 'x1', start: '2026-05-12', end: '2026-05-13' }),
      makeStay({ id: 'leaves', bedId: 'r2', start: '2026-05-10', end: '2026-05-12' }),
    ];
    const held = holdersOfNights(beds, stays, ['2026-05-11', '2026-05-12', '2026-05-13']);
    const ids = (date: string) => held.get(date)?.map((s) => s.id);
    expect(ids('2026-05-11')).toEqual(['leaves', 'on-a1']);
    expect(ids('2026-05-12')).toEqual(['on-r1', 'on-a1']);
    expect(ids('2026-05-13')).toEqual([]);
    expect(holdersOfNights(beds, stays, [])).toEqual(new Map());
  });
});
