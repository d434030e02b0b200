import { describe, expect, it } from 'vitest';
import { isoDateSchema, isSpanWithinLimit, isVisibleName, isWithinDateBounds } from './schemas';

describe('isWithinDateBounds and isoDateSchema', () => {
  it.each([
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['2026-05-12', true],
    ['2100-12-31', true],
    ['2101-01-01', false],
    ['0500-01-01', false],
    ['9999-12-31', false],
  ])('%s is within 1900–2100: %s', (date, expected) => {
    expect(isWithinDateBounds(date)).toBe(expected);
    expect(isoDateSchema.safeParse(date).success).toBe(expected);
  });
});

describe('isSpanWithinLimit', () => {
  it.each([
    ['2026-01-01', '2026-01-01', true],
    ['2026-01-01', '2027-01-02', true], // 366 days
    ['2026-01-01', '2027-01-03', false],
    ['1000-01-01', '9000-12-31', false],
    ['2026-06-01', '2026-05-01', true], // reversed: the rules report it (INVALID_DATES)
    ['not a date', '2026-01-01', true], // left to the date's own schema
  ])('%s → %s is at most a year: %s', (start, end, expected) => {
    expect(isSpanWithinLimit(start, end)).toBe(expected);
  });
});

describe('isVisibleName', () => {
  it.each([
    ['山田', true],
    ['ｴﾐ', true],
    ['Anne-Marie', true],
    ['佐藤 花子', true],
    ['', false],
    ['\u0001\u0002', false],
    ['\u200B\u200C\u200D\uFEFF', false],
    ['\u202E\u2066\u200F', false],
    ['\u3000 ', false],
    ['山\u202E田', false],
    ['山\u0000田', false],
    ['山\n田', false],
  ])('%j is a visible name: %s', (name, expected) => {
    expect(isVisibleName(name)).toBe(expected);
  });
});
