import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { ApiCallError } from './apiCallError';
import { describeApiError } from './errors-ja';

let t: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'ja', interpolation: { escapeValue: false } });
  t = i18n.t;
  const english = createInstance();
  await english.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
  tEn = english.t;
});

const brokenRules = new ApiCallError('stays.create', 'RULE_VIOLATION', 'rules', {
  code: 'RULE_VIOLATION',
  message: 'rules',
  violations: [
    {
      code: 'BED_OCCUPIED',
      severity: 'error',
      // What the server sends: its message is always Japanese.
      message: 'このベッドは2026年5月12日(火)から2泊が他の予約（1件）と重なっています',
      details: { stayIds: ['s1'], count: 1, from: '2026-05-12', nightCount: 2 },
    },
    {
      code: 'EXPERIENCE_ANNUAL_CAP',
      severity: 'override',
      message: '2026年度の体験利用 26日 + 7日 = 33日（上限30日）',
      details: { fiscalYear: 2026, used: 26, adding: 7, total: 33, cap: 30 },
    },
  ],
});

describe('describeApiError', () => {
  it('lists every broken rule with its figures', () => {
    expect(describeApiError(brokenRules, t)).toEqual({
      message: '予約のルールに合わないため登録できません。',
      details: [
        'このベッドは2026年5月12日(火)から2泊が他の予約（1件）と重なっています',
        '2026年度の体験利用 26日 + 7日 = 33日（上限30日）',
      ],
    });
  });

  it('lists the broken rules in English on the English screen', () => {
    expect(describeApiError(brokenRules, tEn)).toEqual({
      message: 'This booking breaks a booking rule.',
      details: [
        'This bed is taken by 1 other booking(s) for 2 night(s) from Tue 5/12/2026',
        'Experience days in FY2026: 26 + 7 = 33 (cap 30)',
      ],
    });
  });

  it('tells a browser user with a bad token to reopen the address', () => {
    const error = new ApiCallError('beds.list', 'UNAUTHORIZED', 'HTTP 401');

    expect(describeApiError(error, t).message).toBe(
      'アクセスキーが無効です。表示されたアドレスから開き直してください。',
    );
  });

  it('explains a network failure', () => {
    const error = new ApiCallError('beds.list', 'NETWORK', 'down');

    expect(describeApiError(error, t).message).toContain('接続できません');
  });

  it('accepts a plain ApiError value as well', () => {
    expect(describeApiError({ code: 'NOT_FOUND', message: 'no stay s9' }, t).message).toBe(
      '対象のデータが見つかりません。ほかの端末で削除された可能性があります。',
    );
  });

  it('says when tomorrow’s arrival can be checked in, with the date in words', () => {
    const error = new ApiCallError('stays.checkIn', 'CHECK_IN_TOO_EARLY', 'early', {
      code: 'CHECK_IN_TOO_EARLY',
      message: 'early',
      start: '2026-05-13',
    });
    expect(describeApiError(error, t)).toEqual({
      message: '入所予定日は2026年5月13日(水)です。入所はその日から記録できます。',
      details: [],
    });
  });

  it('names both statuses of a refused transition', () => {
    const error = new ApiCallError('stays.checkIn', 'INVALID_TRANSITION', 'no', {
      code: 'INVALID_TRANSITION',
      message: 'no',
      from: 'cancelled',
      to: 'in_stay',
    });
    expect(describeApiError(error, t).message).toBe('「取消」の予約は「滞在中」にできません。');
    expect(describeApiError(error, tEn).message).toBe(
      'A stay that is “Cancelled” cannot become “Staying”.',
    );
  });

  it('falls back to a generic message for anything else', () => {
    expect(describeApiError(new Error('boom'), t).message).toBe('予期しないエラーが発生しました。');
  });

  it('lists the refused fields with their paths', () => {
    const error = new ApiCallError('stays.get', 'INVALID_INPUT', 'bad', {
      code: 'INVALID_INPUT',
      message: 'bad',
      issues: [{ path: ['id'], code: 'too_small', message: 'Too small' }],
    });

    expect(describeApiError(error, t)).toEqual({
      message: '入力内容に誤りがあります。内容を確認してください。',
      details: ['id: Too small'],
    });
  });
});
