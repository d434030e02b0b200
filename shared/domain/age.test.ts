import { describe, expect, it } from 'vitest';
import { ageAt } from './age';

describe('ageAt', () => {
  it.each([
    ['is one year older on the birthday', '1990-05-12', '2026-05-12', 36],
    ['is not yet older the day before', '1990-05-12', '2026-05-11', 35],
    ['counts a 29 February birthday from 1 March in other years', '2000-02-29', '2026-03-01', 26],
    ['does not count a 29 February birthday on 28 February', '2000-02-29', '2026-02-28', 25],
    ['is zero on the day of birth', '2026-05-12', '2026-05-12', 0],
  ])('%s', (_name, birth, date, age) => {
    expect(ageAt(birth, date)).toBe(age);
  });
});
