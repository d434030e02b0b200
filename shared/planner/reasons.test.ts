import { describe, expect, it } from 'vitest';
import { planReasonText } from '../messages/render';
import { PLAN_REASON_CODES, reason, reasonText } from './reasons';

describe("a plan's reasons", () => {
  const shortens = reason('SHORTENS', { count: 2, date: '2026-05-13' });

  it('read in Japanese as the catalogue words them, dates in words', () => {
    expect(reasonText(shortens)).toBe(
      '緊急受入の前から始まる体験利用2件は、延期せず2026年5月13日(水)に退所するよう短縮します（それまでの夜はそのまま利用できます）',
    );
    expect(reasonText(reason('FREE_BED', { bed: 'A-1' }))).toBe('ベッドA-1が空いています');
  });

  it('read in English from the same code and figures', () => {
    expect(planReasonText('en', shortens)).toBe(
      '2 experience stay(s) beginning before the emergency are not postponed but shortened to leave on Wed 5/13/2026 (the nights before stay as booked)',
    );
  });

  it.each(PLAN_REASON_CODES)('%s has a sentence in both languages, every figure filled', (code) => {
    const sample = reason(code, { bed: 'A-1', count: 2, date: '2026-05-13' });
    for (const language of ['ja', 'en'] as const) {
      expect(planReasonText(language, sample)).not.toMatch(/\{\{|^\s*$/);
    }
  });
});
