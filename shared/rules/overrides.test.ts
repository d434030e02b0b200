import { describe, expect, it } from 'vitest';
import type { Violation } from '../domain/schemas';
import { overridesSatisfy } from './overrides';

const cap: Violation = {
  code: 'EXPERIENCE_ANNUAL_CAP',
  severity: 'override',
  message: 'm',
  details: {},
};
const length: Violation = {
  code: 'EXPERIENCE_STAY_LENGTH',
  severity: 'override',
  message: 'm',
  details: {},
};
const occupied: Violation = { code: 'BED_OCCUPIED', severity: 'error', message: 'm', details: {} };
const monthly: Violation = {
  code: 'MONTHLY_ALLOWANCE',
  severity: 'warning',
  message: 'm',
  details: {},
};

const cases: {
  name: string;
  violations: Violation[];
  overrides: { rule: string; reason: string }[];
  expected: ReturnType<typeof overridesSatisfy>;
}[] = [
  {
    name: 'accepts a booking without violations',
    violations: [],
    overrides: [],
    expected: { ok: true },
  },
  { name: 'lets warnings through', violations: [monthly], overrides: [], expected: { ok: true } },
  {
    name: 'accepts overrides that each have a reason',
    violations: [cap, length, monthly],
    overrides: [
      { rule: 'EXPERIENCE_ANNUAL_CAP', reason: '市と協議済み' },
      { rule: 'EXPERIENCE_STAY_LENGTH', reason: '家族の入院のため' },
    ],
    expected: { ok: true },
  },
  {
    name: 'names the override without a reason',
    violations: [cap, length],
    overrides: [
      { rule: 'EXPERIENCE_ANNUAL_CAP', reason: '　 ' },
      { rule: 'EXPERIENCE_STAY_LENGTH', reason: '理由' },
    ],
    expected: { ok: false, missing: ['EXPERIENCE_ANNUAL_CAP'], errors: [] },
  },
  {
    name: 'names each missing override once',
    violations: [cap, cap],
    overrides: [],
    expected: { ok: false, missing: ['EXPERIENCE_ANNUAL_CAP'], errors: [] },
  },
  {
    name: 'never lets an error through, whatever the overrides',
    violations: [occupied, cap],
    overrides: [
      { rule: 'BED_OCCUPIED', reason: '理由' },
      { rule: 'EXPERIENCE_ANNUAL_CAP', reason: '理由' },
    ],
    expected: { ok: false, missing: [], errors: [occupied] },
  },
];

describe('overridesSatisfy', () => {
  it.each(cases)('$name', ({ violations, overrides, expected }) => {
    expect(overridesSatisfy(violations, overrides)).toEqual(expected);
  });
});
