import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatJapaneseDate } from '../../../../shared/domain/dates';
import { PLAN_REASON_CODES, reasonText } from '../../../../shared/planner/reasons';
import { resources } from '../../i18n/resources';

let ja: TFunction;
let en: TFunction;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'ja', interpolation: { escapeValue: false } });
  ja = i18n.getFixedT('ja');
  en = i18n.getFixedT('en');
});

const sample = { bed: 'A-1', count: 2, date: '2026-05-13' };

describe('the plan’s reasons on screen', () => {
  it.each(PLAN_REASON_CODES)('%s reads in Japanese as the planner writes it', (code) => {
    const onScreen = ja(`emergency.reasons.${code}`, {
      replace: { ...sample, date: formatJapaneseDate(sample.date) },
    });
    expect(onScreen).toBe(reasonText({ code, details: sample }));
  });

  it.each(PLAN_REASON_CODES)('%s has its own English sentence', (code) => {
    const english = en(`emergency.reasons.${code}`, { replace: sample });
    expect(english).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    expect(english).not.toContain('{{');
  });
});
