import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates';
import type { Settings, Stay } from '../domain/schemas';
import { checkExperienceAnnualCap } from './experience-annual-cap';
import { makeContext, makeDraft, makePerson, makeStay, testSettings } from './test-fixtures';

/** One existing stay using `days` days from `start` (inclusive). */
function using(days: number, start: string, over: Partial<Stay> = {}): Stay {
  return makeStay({ id: `u-${start}`, start, end: addDays(start, days - 1), ...over });
}

const wideAuth = makePerson({ authorizations: [{ from: '2020-01-01', to: '2035-12-31' }] });

const cases: {
  name: string;
  start: string;
  end: string;
  stays: Stay[];
  settings?: Partial<Settings>;
  kind?: 'experience' | 'emergency';
  stayId?: string;
  expected: Record<string, unknown>[];
}[] = [
  {
    name: 'asks for an override when the year would exceed the cap',
    start: '2026-08-01',
    end: '2026-08-07',
    stays: [using(26, '2026-05-01')],
    expected: [{ fiscalYear: 2026, used: 26, adding: 7, cap: 30 }],
  },
  {
    name: 'accepts reaching the cap exactly',
    start: '2026-08-01',
    end: '2026-08-07',
    stays: [using(23, '2026-05-01')],
    expected: [],
  },
  {
    name: 'does not count the turnover date shared with an earlier stay twice',
    start: '2026-05-24',
    end: '2026-05-30',
    stays: [using(24, '2026-05-01')], // ends 2026-05-24
    expected: [],
  },
  {
    name: 'counts only the new dates of a back-to-back stay when over the cap',
    start: '2026-05-25',
    end: '2026-05-31',
    stays: [using(25, '2026-05-01')], // ends 2026-05-25
    expected: [{ fiscalYear: 2026, used: 25, adding: 6, cap: 30 }],
  },
  {
    name: 'counts each date of a stay across 31 March in its own fiscal year',
    start: '2027-03-30',
    end: '2027-04-03',
    stays: [using(29, '2026-10-01')],
    expected: [{ fiscalYear: 2026, used: 29, adding: 2, cap: 30 }],
  },
  {
    name: 'does not count days of another fiscal year',
    start: '2027-04-01',
    end: '2027-04-07',
    stays: [using(30, '2027-02-01')],
    expected: [],
  },
  {
    name: 'counts the leap day',
    start: '2028-02-27',
    end: '2028-03-01',
    stays: [using(27, '2027-06-01')],
    expected: [{ fiscalYear: 2027, used: 27, adding: 4, cap: 30 }],
  },
  {
    name: 'follows a fiscal year starting in January',
    start: '2026-12-30',
    end: '2027-01-02',
    settings: { fiscalYearStartMonth: 1 },
    stays: [using(29, '2026-03-01')],
    expected: [{ fiscalYear: 2026, used: 29, adding: 2, cap: 30 }],
  },
  {
    name: 'follows the cap set by the facility',
    start: '2026-08-01',
    end: '2026-08-03',
    settings: { experienceAnnualCapDays: 10 },
    stays: [using(8, '2026-05-01')],
    expected: [{ fiscalYear: 2026, used: 8, adding: 3, cap: 10 }],
  },
  {
    name: 'does not count emergency stays',
    start: '2026-08-01',
    end: '2026-08-07',
    stays: [using(30, '2026-05-01', { kind: 'emergency' })],
    expected: [],
  },
  {
    name: 'does not count cancelled or bumped stays',
    start: '2026-08-01',
    end: '2026-08-07',
    stays: [
      using(20, '2026-05-01', { status: 'cancelled' }),
      using(20, '2026-06-01', { status: 'bumped' }),
    ],
    expected: [],
  },
  {
    name: 'does not count the stay being edited',
    start: '2026-05-01',
    end: '2026-05-07',
    stayId: 'u-2026-05-01',
    stays: [using(28, '2026-05-01')],
    expected: [],
  },
  {
    name: 'does not apply to emergency stays',
    kind: 'emergency',
    start: '2026-08-01',
    end: '2026-08-07',
    stays: [using(30, '2026-05-01')],
    expected: [],
  },
];

describe('EXPERIENCE_ANNUAL_CAP', () => {
  it.each(cases)(
    '$name',
    ({ start, end, stays, settings, kind = 'experience', stayId, expected }) => {
      const ctx = makeContext(
        {
          person: wideAuth,
          settings: { ...testSettings, ...settings },
          ...(stayId ? { stayId } : {}),
        },
        stays,
      );
      const violations = checkExperienceAnnualCap(makeDraft({ start, end, kind }), ctx);
      const figures = violations.map(({ details: { total, ...rest } }) => {
        expect(total).toBe(Number(rest.used) + Number(rest.adding));
        return rest;
      });
      expect(figures).toEqual(expected);
      for (const v of violations) expect(v.severity).toBe('override');
    },
  );

  it('states the figures in the message', () => {
    const ctx = makeContext({}, [using(26, '2026-05-01')]);
    const [v] = checkExperienceAnnualCap(
      makeDraft({ start: '2026-08-01', end: '2026-08-07' }),
      ctx,
    );
    expect(v?.message).toBe('2026年度の体験利用 26日 + 7日 = 33日（上限30日）');
  });
});
