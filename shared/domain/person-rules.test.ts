import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personIssues, refineWithPersonIssues } from './person-rules';
import type { Person } from './schemas';

const registered: Person['registration'] = { status: 'registered', registeredOn: '2026-04-01' };

function codesAndPaths(person: Parameters<typeof personIssues>[0]): string[] {
  return personIssues(person).map((i) => `${i.code} ${i.path.join('.')}`);
}

describe('personIssues', () => {
  it.each([
    ['accepts no authorisation at all', [], []],
    [
      'accepts periods that follow each other without a gap',
      [
        { from: '2025-04-01', to: '2026-03-31' },
        { from: '2026-04-01', to: '2027-03-31' },
      ],
      [],
    ],
    [
      'refuses a period that ends before it starts',
      [{ from: '2026-09-01', to: '2026-04-01' }],
      ['DATES_OUT_OF_ORDER authorizations.0.to'],
    ],
    [
      'refuses a period sharing a single day with another, naming the later one',
      [
        { from: '2026-04-01', to: '2027-03-31' },
        { from: '2025-04-01', to: '2026-04-01' },
      ],
      ['AUTHORIZATION_OVERLAP authorizations.0.from'],
    ],
    ['accepts a one-day period', [{ from: '2026-04-01', to: '2026-04-01' }], []],
  ])('%s', (_name, authorizations, expected) => {
    expect(codesAndPaths({ authorizations })).toEqual(expected);
  });

  it('refuses a review date before the registration date', () => {
    expect(
      codesAndPaths({
        authorizations: [],
        registration: { ...registered, reviewDate: '2026-03-31' },
      }),
    ).toEqual(['DATES_OUT_OF_ORDER registration.reviewDate']);
  });

  it('accepts a review date on the registration date', () => {
    expect(
      personIssues({
        authorizations: [],
        registration: { ...registered, reviewDate: '2026-04-01' },
      }),
    ).toEqual([]);
  });

  it('gives every message in Japanese without personal data', () => {
    const issues = personIssues({
      authorizations: [
        { from: '2026-09-01', to: '2026-04-01' },
        { from: '2026-04-01', to: '2026-12-31' },
        { from: '2026-06-01', to: '2026-07-31' },
      ],
    });
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message).toMatch(/支給決定期間/);
  });
});

describe('refineWithPersonIssues', () => {
  it('puts the overlap under the field of the later period in a zod schema', () => {
    const schema = z
      .object({ authorizations: z.array(z.object({ from: z.string(), to: z.string() })) })
      .superRefine(refineWithPersonIssues);
    const result = schema.safeParse({
      authorizations: [
        { from: '2026-04-01', to: '2026-09-30' },
        { from: '2026-09-01', to: '2027-03-31' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['authorizations.1.from']);
  });
});
