import { describe, expect, it } from 'vitest';
import { makeStay } from '../rules/test-fixtures';
import { emergencyLog } from './emergency-log';

const intake = {
  reason: 'carer-illness' as const,
  requestedAt: '2026-05-10T21:30:00.000+09:00',
  requestedBy: 'family' as const,
};

describe('the emergency log', () => {
  const emergency = makeStay({
    id: 'e1',
    personId: 'p-e',
    kind: 'emergency',
    start: '2026-05-10',
    end: '2026-05-19',
    status: 'completed',
    intake,
  });
  const bumpedAt = '2026-05-10T13:00:00.000Z';
  const stays = [
    emergency,
    makeStay({
      id: 'x1',
      personId: 'p1',
      start: '2026-05-12',
      end: '2026-05-14',
      status: 'bumped',
      bumpedBy: 'e1',
      updatedAt: bumpedAt,
    }),
    makeStay({
      id: 'x2',
      personId: 'p2',
      start: '2026-05-15',
      end: '2026-05-18',
      status: 'bumped',
      bumpedBy: 'e1',
      updatedAt: bumpedAt,
      contactedAt: '2026-05-11T01:00:00.000Z',
    }),
    // Rebooked from the to-contact list, linked to its new booking.
    makeStay({
      id: 'x6',
      personId: 'p6',
      start: '2026-05-11',
      end: '2026-05-13',
      status: 'bumped',
      bumpedBy: 'e1',
      updatedAt: bumpedAt,
      contactedAt: '2026-05-11T01:00:00.000Z',
      rebookedAs: 'x6b',
    }),
    makeStay({
      id: 'x3',
      personId: 'p3',
      start: '2026-05-16',
      end: '2026-05-18',
      status: 'bumped',
      bumpedBy: 'e1',
      updatedAt: bumpedAt,
    }),
    // p3 booked again after the bump: rebooked.
    makeStay({
      id: 'x3b',
      personId: 'p3',
      start: '2026-06-16',
      end: '2026-06-18',
      createdAt: '2026-05-12T00:00:00.000Z',
    }),
    makeStay({
      id: 'x4',
      personId: 'p4',
      start: '2026-05-07',
      end: '2026-05-10',
      originalEnd: '2026-05-12',
      status: 'completed',
      cutShortBy: 'e1',
    }),
    makeStay({
      id: 'x5',
      personId: 'p5',
      start: '2026-05-08',
      end: '2026-05-10',
      originalEnd: '2026-05-11',
      shortenedBy: 'e1',
    }),
    makeStay({
      id: 'e2',
      kind: 'emergency',
      start: '2026-04-01',
      end: '2026-04-03',
      status: 'cancelled',
    }),
    makeStay({ id: 'e3', kind: 'emergency', start: '2026-06-01', end: '2026-06-03' }),
  ];

  it('lists each emergency that began in the period, with its request and days', () => {
    const log = emergencyLog(stays, '2026-05-01', '2026-05-31');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      stayId: 'e1',
      days: 10,
      addOnDays: 7,
      reason: 'carer-illness',
      requestedBy: 'family',
    });
  });

  it('says what became of each stay that gave way', () => {
    const [entry] = emergencyLog(stays, '2026-05-01', '2026-05-31');
    expect(entry!.displaced.map((d) => [d.stayId, d.effect, d.outcome, d.nightsLost])).toEqual([
      ['x1', 'bumped', 'waiting', 2],
      ['x2', 'bumped', 'contacted', 3],
      ['x6', 'bumped', 'rebooked', 2],
      ['x3', 'bumped', 'rebooked', 2],
      ['x4', 'cutShort', 'leftEarly', 2],
      ['x5', 'shortened', 'endsEarlier', 1],
    ]);
  });

  it('leaves out cancelled emergencies and those of other periods, and has no reason when none was recorded', () => {
    expect(emergencyLog(stays, '2026-04-01', '2026-04-30')).toEqual([]);
    const [june] = emergencyLog(stays, '2026-06-01', '2026-06-30');
    expect(june!.stayId).toBe('e3');
    expect(june!.reason).toBeUndefined();
  });
});
