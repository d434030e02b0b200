import { describe, expect, it } from 'vitest';
import { dayKindOf } from './dayKind';

describe('dayKindOf', () => {
  it.each([
    ['2026-05-12', 'weekday'],
    ['2026-05-16', 'saturday'],
    ['2026-05-17', 'sunday'],
    ['2026-05-05', 'holiday'], // こどもの日
    ['2026-05-06', 'holiday'], // 振替休日
  ])('marks %s as a %s', (date, kind) => {
    expect(dayKindOf(date)).toBe(kind);
  });
});
