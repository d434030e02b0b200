import { describe, expect, it } from 'vitest';
import { possibleDuplicates } from './person-duplicates';

const hanako = { id: 'p1', familyName: '佐藤', givenName: '花子', birthDate: '1990-05-01' };

describe('possibleDuplicates (POSSIBLE_DUPLICATE)', () => {
  it.each([
    [
      'flags the same names and birth date',
      { familyName: '佐藤', givenName: '花子', birthDate: '1990-05-01' },
      ['p1'],
    ],
    [
      'ignores spaces typed around the names',
      { familyName: '佐藤 ', givenName: '　花子', birthDate: '1990-05-01' },
      ['p1'],
    ],
    [
      'does not flag another birth date',
      { familyName: '佐藤', givenName: '花子', birthDate: '1990-05-02' },
      [],
    ],
    [
      'does not flag another given name',
      { familyName: '佐藤', givenName: '花', birthDate: '1990-05-01' },
      [],
    ],
    ['does not flag a person without a birth date', { familyName: '佐藤', givenName: '花子' }, []],
  ])('%s', (_name, person, expected) => {
    expect(possibleDuplicates(person, [hanako])).toEqual(expected);
  });

  it('does not flag a person as a duplicate of their own saved record', () => {
    expect(possibleDuplicates(hanako, [hanako])).toEqual([]);
  });
});
