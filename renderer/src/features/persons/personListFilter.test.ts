import { describe, expect, it } from 'vitest';
import type { PersonListItem } from '../../../../shared/domain/schemas';
import { authorizationSummary, filterPersons, NO_FILTER } from './personListFilter';

function person(id: string, status: PersonListItem['registration']['status'], to?: string) {
  return {
    id,
    familyName: '山田',
    givenName: id,
    familyNameKana: 'やまだ',
    givenNameKana: 'たろう',
    registration: { status },
    authorizations: to ? [{ from: '2026-04-01', to }] : [],
  } satisfies PersonListItem;
}

const today = '2026-05-12';
const people = [
  person('a', 'registered', '2027-03-31'),
  person('b', 'pending'),
  person('c', 'registered', '2026-06-30'),
  person('d', 'ended', '2026-05-20'),
];

describe('filterPersons', () => {
  it.each([
    ['keeps everybody with no filter', NO_FILTER, ['a', 'b', 'c', 'd']],
    ['keeps the registered only', { status: 'registered', expiringOnly: false }, ['a', 'c']],
    ['keeps the pending only', { status: 'pending', expiringOnly: false }, ['b']],
    [
      'keeps those whose authorisation ends within 60 days',
      { status: 'all', expiringOnly: true },
      ['c', 'd'],
    ],
    ['combines both filters', { status: 'registered', expiringOnly: true }, ['c']],
  ] as const)('%s', (_name, filter, ids) => {
    expect(filterPersons(people, filter, today).map((p) => p.id)).toEqual(ids);
  });
});

describe('authorizationSummary', () => {
  it('gives the end of the current period and whether it ends soon', () => {
    expect(authorizationSummary(people[2]!, today)).toEqual({
      until: '2026-06-30',
      expiringSoon: true,
    });
    expect(authorizationSummary(people[1]!, today)).toEqual({ until: null, expiringSoon: false });
  });
});
