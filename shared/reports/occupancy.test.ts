import { describe, expect, it } from 'vitest';
import { makeBed, makeBlock, makeStay } from '../rules/test-fixtures';
import { occupancyByBedAndMonth, occupancyRate } from './occupancy';

describe('occupancy per bed and month', () => {
  const beds = [makeBed({ id: 'b1' }), makeBed({ id: 'b2', name: 'A-2', order: 2 })];

  it('counts the nights held against the nights open', () => {
    const cells = occupancyByBedAndMonth(
      beds,
      [
        makeStay({
          id: 's1',
          bedId: 'b1',
          start: '2026-05-01',
          end: '2026-05-08',
          status: 'completed',
        }),
        makeStay({ id: 's2', bedId: 'b1', start: '2026-05-08', end: '2026-05-10' }),
      ],
      [makeBlock({ bedId: 'b2', start: '2026-05-10', end: '2026-05-20' })],
      ['2026-05'],
    );
    expect(cells).toEqual([
      { bedId: 'b1', month: '2026-05', nights: 9, available: 31 },
      { bedId: 'b2', month: '2026-05', nights: 0, available: 21 },
    ]);
  });

  it('splits the nights of a stay across a month end, the departure night not counted', () => {
    const stays = [
      makeStay({ id: 's', start: '2026-03-29', end: '2026-04-02', status: 'completed' }),
    ];
    const cells = occupancyByBedAndMonth([beds[0]!], stays, [], ['2026-03', '2026-04']);
    expect(cells.map((c) => c.nights)).toEqual([3, 1]);
  });

  it('ignores cancelled and bumped stays', () => {
    const stays = [
      makeStay({ id: 's1', start: '2026-05-01', end: '2026-05-05', status: 'cancelled' }),
      makeStay({ id: 's2', start: '2026-05-01', end: '2026-05-05', status: 'bumped' }),
    ];
    expect(occupancyByBedAndMonth([beds[0]!], stays, [], ['2026-05'])[0]!.nights).toBe(0);
  });

  it('sums a rate over cells, 0 when nothing was open', () => {
    expect(
      occupancyRate([
        { nights: 10, available: 30 },
        { nights: 20, available: 30 },
      ]),
    ).toEqual({ nights: 30, available: 60, rate: 0.5 });
    expect(occupancyRate([{ nights: 0, available: 0 }]).rate).toBe(0);
  });
});
