import { describe, expect, it } from 'vitest';
import { bedNightViolations } from './bed-nights';
import { makeBlock, makeStay } from './test-fixtures';

describe('bedNightViolations', () => {
  const stays = [
    makeStay({ id: 's1', bedId: 'b2', start: '2026-05-10', end: '2026-05-12' }),
    makeStay({
      id: 's2',
      bedId: 'b2',
      start: '2026-05-14',
      end: '2026-05-16',
      status: 'cancelled',
    }),
  ];
  const blocks = [makeBlock({ bedId: 'b2', start: '2026-05-20', end: '2026-05-22' })];

  it.each([
    ['a span on an empty bed', 'x3', '2026-05-10', '2026-05-12', undefined, []],
    [
      'arrival on the departure date of the stay before',
      'b2',
      '2026-05-12',
      '2026-05-14',
      undefined,
      [],
    ],
    ['a span over a cancelled stay', 'b2', '2026-05-14', '2026-05-16', undefined, []],
    [
      'a span sharing a night with another stay',
      'b2',
      '2026-05-11',
      '2026-05-13',
      undefined,
      ['BED_OCCUPIED'],
    ],
    [
      'the stay being moved, which never collides with itself',
      'b2',
      '2026-05-11',
      '2026-05-13',
      's1',
      [],
    ],
    ['a span over a blocked night', 'b2', '2026-05-19', '2026-05-21', undefined, ['BED_BLOCKED']],
    [
      'a span over a closure and a stay, closure first',
      'b2',
      '2026-05-11',
      '2026-05-21',
      undefined,
      ['BED_BLOCKED', 'BED_OCCUPIED'],
    ],
  ])('answers for %s', (_name, bedId, start, end, except, codes) => {
    const found = bedNightViolations(bedId, { start, end }, stays, blocks, except);
    expect(found.map((v) => v.code)).toEqual(codes);
    expect(found.every((v) => v.severity === 'error')).toBe(true);
  });

  it('names the shared nights in the words of the booking dialog', () => {
    const [found] = bedNightViolations('b2', { start: '2026-05-11', end: '2026-05-13' }, stays, []);
    expect(found?.message).toBe(
      'このベッドは2026年5月11日(月)から1泊が他の予約（1件）と重なっています',
    );
  });
});
