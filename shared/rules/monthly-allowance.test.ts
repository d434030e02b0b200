import { describe, expect, it } from 'vitest';
import type { Authorization, Stay } from '../domain/schemas';
import { checkMonthlyAllowance } from './monthly-allowance';
import { makeContext, makeDraft, makePerson, makeStay } from './test-fixtures';

const tenDays: Authorization[] = [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 10 }];
const early = makeStay({ id: 's1', kind: 'emergency', start: '2026-05-01', end: '2026-05-05' });

const cases: {
  name: string;
  start: string;
  end: string;
  stays: Stay[];
  authorizations?: Authorization[];
  expected: Record<string, unknown>[];
}[] = [
  {
    name: 'accepts reaching the days per month exactly',
    start: '2026-05-12',
    end: '2026-05-16',
    stays: [early],
    expected: [],
  },
  {
    name: 'warns when the month would exceed the days per month, counting every kind of stay',
    start: '2026-05-12',
    end: '2026-05-17',
    stays: [early],
    expected: [{ month: '2026-05', used: 5, adding: 6, days: 11, allowance: 10 }],
  },
  {
    name: 'does not count the turnover date of back-to-back stays twice',
    start: '2026-05-05',
    end: '2026-05-10',
    stays: [early],
    expected: [],
  },
  {
    name: 'checks each calendar month on its own',
    start: '2026-05-26',
    end: '2026-06-03',
    stays: [early],
    expected: [{ month: '2026-05', used: 5, adding: 6, days: 11, allowance: 10 }],
  },
  {
    name: 'ignores cancelled stays',
    start: '2026-05-12',
    end: '2026-05-17',
    stays: [{ ...early, status: 'cancelled' }],
    expected: [],
  },
  {
    name: 'is skipped when the authorisation sets no days per month',
    start: '2026-05-12',
    end: '2026-05-31',
    stays: [early],
    authorizations: [{ from: '2026-04-01', to: '2027-03-31' }],
    expected: [],
  },
  {
    name: 'uses the newest authorisation covering the month',
    start: '2026-05-12',
    end: '2026-05-17',
    stays: [early],
    authorizations: [
      { from: '2026-04-01', to: '2026-05-14', daysPerMonth: 10 },
      { from: '2026-05-15', to: '2027-03-31', daysPerMonth: 14 },
    ],
    expected: [],
  },
];

describe('MONTHLY_ALLOWANCE', () => {
  it.each(cases)('$name', ({ start, end, stays, authorizations = tenDays, expected }) => {
    const ctx = makeContext({ person: makePerson({ authorizations }) }, stays);
    const violations = checkMonthlyAllowance(makeDraft({ start, end }), ctx);
    expect(violations.map((v) => v.details)).toEqual(expected);
    for (const v of violations) expect(v.severity).toBe('warning');
  });
});
