import { describe, expect, it } from 'vitest';
import {
  retentionEnded,
  retentionPeriod,
  yearsAfter,
  type RetentionFacts,
  type RetentionPeriod,
} from './retention';

const none: RetentionFacts = { stayEnds: [], authorizationEnds: [] };

describe('retentionPeriod', () => {
  it.each<[string, RetentionFacts, RetentionPeriod | null]>([
    [
      'counts five years from the end of the latest stay',
      { ...none, stayEnds: ['2019-08-03', '2020-03-31', '2018-01-10'] },
      { basis: 'stay', basisDate: '2020-03-31', keptUntil: '2025-03-31' },
    ],
    [
      'a stay still planned keeps the person past its planned departure',
      { ...none, stayEnds: ['2019-08-03', '2027-01-05'], registeredOn: '2018-04-01' },
      { basis: 'stay', basisDate: '2027-01-05', keptUntil: '2032-01-05' },
    ],
    [
      'an authorisation ending after the last stay decides',
      { stayEnds: ['2019-08-03'], authorizationEnds: ['2020-09-30', '2019-09-30'] },
      { basis: 'authorization', basisDate: '2020-09-30', keptUntil: '2025-09-30' },
    ],
    [
      'a stay ending on the authorisation’s last day is counted as the stay',
      { stayEnds: ['2020-09-30'], authorizationEnds: ['2020-09-30'] },
      { basis: 'stay', basisDate: '2020-09-30', keptUntil: '2025-09-30' },
    ],
    [
      'never booked: from the registration day',
      { ...none, registeredOn: '2019-06-01', createdOn: '2019-05-20' },
      { basis: 'registration', basisDate: '2019-06-01', keptUntil: '2024-06-01' },
    ],
    [
      'never booked: a record made in Tomari after a paper registration counts from its making',
      { ...none, registeredOn: '2012-06-01', createdOn: '2019-05-20' },
      { basis: 'created', basisDate: '2019-05-20', keptUntil: '2024-05-20' },
    ],
    [
      'never booked and no registration day: from the record’s making',
      { ...none, createdOn: '2019-05-20' },
      { basis: 'created', basisDate: '2019-05-20', keptUntil: '2024-05-20' },
    ],
    [
      'a leap day counts to 2月28日 five years on',
      { ...none, stayEnds: ['2020-02-29'] },
      { basis: 'stay', basisDate: '2020-02-29', keptUntil: '2025-02-28' },
    ],
    ['no date at all: no period can be shown to have ended', none, null],
  ])('%s', (_name, facts, expected) => {
    expect(retentionPeriod(facts)).toEqual(expected);
  });
});

describe('retentionEnded', () => {
  const period = retentionPeriod({ ...none, stayEnds: ['2020-03-31'] });
  it.each<[string, string, boolean]>([
    ['a year before the end', '2024-03-31', false],
    ['the day before the last day', '2025-03-30', false],
    ['the last day itself: still kept', '2025-03-31', false],
    ['the day after the last day: ended', '2025-04-01', true],
    ['years later', '2031-01-01', true],
  ])('%s (%s)', (_name, today, ended) => {
    expect(retentionEnded(period, today)).toBe(ended);
  });

  it('never ends without a period', () => {
    expect(retentionEnded(null, '2100-01-01')).toBe(false);
  });
});

describe('yearsAfter', () => {
  it.each([
    ['2020-03-31', 5, '2025-03-31'],
    ['2020-02-29', 5, '2025-02-28'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2019-12-31', 5, '2024-12-31'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(yearsAfter(date, years)).toBe(expected);
  });
});
