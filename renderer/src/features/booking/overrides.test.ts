import { describe, expect, it } from 'vitest';
import type { Violation } from '../../../../shared/domain/schemas';
import { overridesFrom, verdictOf } from './overrides';

const cap: Violation = {
  code: 'EXPERIENCE_ANNUAL_CAP',
  severity: 'override',
  message: '今年度の体験利用 26日 + 7日 = 33日（上限30日）',
  details: {},
};
const warning: Violation = {
  code: 'MONTHLY_ALLOWANCE',
  severity: 'warning',
  message: '',
  details: {},
};

describe('override reasons', () => {
  it('sends one trimmed reason per override-severity rule, and none for warnings', () => {
    expect(overridesFrom([cap, warning], { EXPERIENCE_ANNUAL_CAP: '  家族入院のため ' })).toEqual([
      { rule: 'EXPERIENCE_ANNUAL_CAP', reason: '家族入院のため' },
    ]);
  });

  it.each([
    ['no reason', {}, false],
    ['a blank reason', { EXPERIENCE_ANNUAL_CAP: '   ' }, false],
    ['a written reason', { EXPERIENCE_ANNUAL_CAP: '理由' }, true],
  ])('is satisfied with %s: %s', (_name, reasons, expected) => {
    expect(verdictOf([cap, warning], reasons).ok).toBe(expected);
  });
});
