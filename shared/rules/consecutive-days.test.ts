import { describe, expect, it } from 'vitest';
import type { Stay } from '../domain/schemas';
import { checkConsecutiveDays } from './consecutive-days';
import { makeContext, makeDraft, makeStay, testSettings } from './test-fixtures';

const cases: {
  name: string;
  limit: number | null;
  start: string;
  end: string;
  stays: Stay[];
  expected: Record<string, unknown>[];
}[] = [
  {
    name: 'is off when the city sets no limit',
    limit: null,
    start: '2026-05-01',
    end: '2026-06-30',
    stays: [],
    expected: [],
  },
  {
    name: 'accepts a run of exactly the limit',
    limit: 10,
    start: '2026-05-06',
    end: '2026-05-10',
    stays: [makeStay({ id: 's1', start: '2026-05-01', end: '2026-05-06' })],
    expected: [],
  },
  {
    name: 'warns when a touching stay makes the run longer than the limit',
    limit: 10,
    start: '2026-05-06',
    end: '2026-05-11',
    stays: [makeStay({ id: 's1', start: '2026-05-01', end: '2026-05-06' })],
    expected: [{ from: '2026-05-01', to: '2026-05-11', days: 11, limit: 10 }],
  },
  {
    name: 'follows a chain of touching stays on both sides',
    limit: 10,
    start: '2026-05-08',
    end: '2026-05-10',
    stays: [
      makeStay({ id: 's1', start: '2026-05-01', end: '2026-05-04' }),
      makeStay({
        id: 's2',
        bedId: 'b2',
        kind: 'emergency',
        start: '2026-05-04',
        end: '2026-05-08',
      }),
      makeStay({ id: 's3', start: '2026-05-10', end: '2026-05-12' }),
    ],
    expected: [{ from: '2026-05-01', to: '2026-05-12', days: 12, limit: 10 }],
  },
  {
    name: 'does not join stays with a day between them',
    limit: 10,
    start: '2026-05-07',
    end: '2026-05-11',
    stays: [makeStay({ id: 's1', start: '2026-05-01', end: '2026-05-06' })],
    expected: [],
  },
  {
    name: 'ignores bumped stays',
    limit: 10,
    start: '2026-05-06',
    end: '2026-05-11',
    stays: [makeStay({ id: 's1', status: 'bumped', start: '2026-05-01', end: '2026-05-06' })],
    expected: [],
  },
];

describe('CONSECUTIVE_DAYS', () => {
  it.each(cases)('$name', ({ limit, start, end, stays, expected }) => {
    const ctx = makeContext({ settings: { ...testSettings, consecutiveDaysLimit: limit } }, stays);
    const violations = checkConsecutiveDays(makeDraft({ start, end }), ctx);
    expect(violations.map((v) => v.details)).toEqual(expected);
    for (const v of violations) expect(v.severity).toBe('warning');
  });
});
