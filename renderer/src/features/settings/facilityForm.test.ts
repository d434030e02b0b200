import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DAY_DEFAULTS } from '../../../../shared/domain/day-facts-schema';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/schemas';
import { toIssues } from '../../../../shared/messages/issues';
import { resources } from '../../i18n/resources';
import { facilityFormSchema, facilityFormValues } from './facilityForm';

let t: TFunction;
beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'ja', interpolation: { escapeValue: false } });
  t = i18n.t;
});

const values = () => ({
  ...facilityFormValues({ ...DEFAULT_SETTINGS, facilityName: 'とまり荘' }),
});

describe('the 施設設定 form', () => {
  it('reads the settings back as they were', () => {
    expect(facilityFormSchema(t).parse(values())).toEqual({
      facilityName: 'とまり荘',
      address: '',
      phone: '',
      fiscalYearStartMonth: 4,
      experienceAnnualCapDays: 30,
      experienceMaxDaysPerStay: 7,
      emergencyMaxDays: 7,
      consecutiveDaysLimit: null,
      emergencyReadyBeds: null,
      providerNumber: '',
      dayDefaults: DEFAULT_DAY_DEFAULTS,
      idleLockMinutes: 10,
    });
  });

  it('keeps a number of beds kept free for emergencies, zero included, and empty follows the beds', () => {
    const parse = (emergencyReadyBeds: string) =>
      facilityFormSchema(t).parse({ ...values(), emergencyReadyBeds }).emergencyReadyBeds;
    expect(parse('２')).toBe(2);
    expect(parse('0')).toBe(0);
    expect(parse('')).toBeNull();
  });

  it('stores the 事業所番号 as its ten digits, typed full-width or with hyphens', () => {
    expect(
      facilityFormSchema(t).parse({ ...values(), providerNumber: '１３１０－０００００１' }),
    ).toMatchObject({ providerNumber: '1310000001' });
  });

  it('accepts full-width digits, and a limit left empty means none', () => {
    const parsed = facilityFormSchema(t).parse({
      ...values(),
      experienceAnnualCapDays: '２０',
      phone: '０３-１２３４-５６７８',
      consecutiveDaysLimit: '',
    });
    expect(parsed).toMatchObject({
      experienceAnnualCapDays: 20,
      phone: '03-1234-5678',
      consecutiveDaysLimit: null,
    });
  });

  it.each([
    ['facilityName', '  ', '施設名を入力してください。'],
    ['experienceAnnualCapDays', '三十', '体験利用の年間上限（日）は数字で入力してください。'],
    ['experienceMaxDaysPerStay', '0', '体験利用1回の上限（日）は1〜366で入力してください。'],
    ['consecutiveDaysLimit', '400', '連続利用の上限（日）は1〜366で入力してください。'],
    ['consecutiveDaysLimit', '十日', '連続利用の上限（日）は数字で入力してください。'],
    ['emergencyReadyBeds', '1000', '緊急用に空けておくベッド数（床）は0〜999で入力してください。'],
    ['emergencyReadyBeds', '-1', '緊急用に空けておくベッド数（床）は数字で入力してください。'],
    ['phone', '電話', '電話番号は数字・ハイフン・括弧・+ で入力してください。'],
    ['providerNumber', '131000000', '事業所番号は10桁の数字で入力してください。'],
    ['idleLockMinutes', '0', '自動ロックまでの時間（分）は1〜120で入力してください。'],
    ['idleLockMinutes', '121', '自動ロックまでの時間（分）は1〜120で入力してください。'],
  ])('refuses %s = "%s" in words', (field, value, message) => {
    const result = facilityFormSchema(t).safeParse({ ...values(), [field]: value });
    expect(result.success).toBe(false);
    expect(result.error && toIssues(result.error).map((i) => i.message)).toContain(message);
  });
});
