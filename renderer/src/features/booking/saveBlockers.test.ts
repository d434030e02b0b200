import { describe, expect, it } from 'vitest';
import type { Violation } from '../../../../shared/domain/schemas';
import { saveBlockers, type SaveBlockerInput } from './saveBlockers';

const ready: SaveBlockerInput = {
  hasPerson: true,
  bedId: 'b1',
  start: '2026-05-12',
  end: '2026-05-15',
  check: { isCurrent: true, isError: false },
  violations: [],
  reasons: {},
};

const violation = (code: string, severity: Violation['severity']): Violation => ({
  code,
  severity,
  message: `${code} の説明`,
  details: {},
});

const kinds = (change: Partial<SaveBlockerInput>) =>
  saveBlockers({ ...ready, ...change }).map((b) => b.kind);

describe('what stops a booking from being saved', () => {
  it('is nothing when the draft is whole and the check found no obstacle', () => {
    expect(saveBlockers(ready)).toEqual([]);
  });

  it.each([
    ['no person chosen', { hasPerson: false }, ['personRequired']],
    ['no bed chosen', { bedId: '' }, ['bedRequired']],
    ['an arrival date typed halfway', { start: 'incomplete-date' }, ['startInvalid']],
    ['no departure date', { end: '' }, ['endInvalid']],
    ['a departure before the arrival', { end: '2026-05-11' }, ['endAfterStart']],
    ['a departure on the arrival day (no night)', { end: '2026-05-12' }, ['endAfterStart']],
    [
      'no person and a departure before the arrival, both at once',
      { hasPerson: false, end: '2026-05-01' },
      ['personRequired', 'endAfterStart'],
    ],
    ['the check still under way', { check: { isCurrent: false, isError: false } }, ['checking']],
    ['a check that failed', { check: { isCurrent: false, isError: true } }, ['checkFailed']],
  ] as const)('says so for %s', (_name, change, expected) => {
    expect(kinds(change)).toEqual(expected);
  });

  it('does not wait for the check while the form itself is incomplete', () => {
    expect(kinds({ hasPerson: false, check: { isCurrent: false, isError: false } })).toEqual([
      'personRequired',
    ]);
  });

  it('names the first rule that forbids the booking and counts the others', () => {
    const blockers = saveBlockers({
      ...ready,
      violations: [
        violation('MONTHLY_ALLOWANCE', 'warning'),
        violation('BED_OCCUPIED', 'error'),
        violation('PERSON_OVERLAP', 'error'),
      ],
    });
    expect(blockers).toEqual([
      { kind: 'ruleError', violation: violation('BED_OCCUPIED', 'error'), more: 1 },
    ]);
  });

  it('asks for the reasons still missing, and nothing once they are written', () => {
    const violations = [
      violation('EXPERIENCE_ANNUAL_CAP', 'override'),
      violation('EXPERIENCE_STAY_LENGTH', 'override'),
    ];
    expect(
      saveBlockers({ ...ready, violations, reasons: { EXPERIENCE_ANNUAL_CAP: '家族の希望' } }),
    ).toEqual([{ kind: 'reasonRequired', rules: ['EXPERIENCE_STAY_LENGTH'] }]);
    expect(
      saveBlockers({
        ...ready,
        violations,
        reasons: { EXPERIENCE_ANNUAL_CAP: '家族の希望', EXPERIENCE_STAY_LENGTH: '退院直後' },
      }),
    ).toEqual([]);
  });

  it('lets warnings through: they are recorded with the booking', () => {
    expect(
      saveBlockers({ ...ready, violations: [violation('MONTHLY_ALLOWANCE', 'warning')] }),
    ).toEqual([]);
  });
});
