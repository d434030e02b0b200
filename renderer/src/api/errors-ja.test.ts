import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { ApiCallError } from './apiCallError';
import { apiErrorMessage, describeApiError } from './errors-ja';

let t: TFunction;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'ja', interpolation: { escapeValue: false } });
  t = i18n.t;
});

describe('describeApiError', () => {
  it('lists the message of every broken rule', () => {
    const error = new ApiCallError('stays.create', 'RULE_VIOLATION', 'rules', {
      code: 'RULE_VIOLATION',
      message: 'rules',
      violations: [
        { code: 'BED_OCCUPIED', severity: 'error', message: 'ベッドは使用中です', details: {} },
        { code: 'BED_BLOCKED', severity: 'error', message: 'ベッドは閉鎖中です', details: {} },
      ],
    });

    expect(describeApiError(error, t)).toEqual({
      message: '予約のルールに合わないため登録できません。',
      details: ['ベッドは使用中です', 'ベッドは閉鎖中です'],
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
    expect(describeApiError(error, t).details).toEqual([
      '「取消」の予約は「滞在中」にできません。',
    ]);
  });

  it('falls back to a generic message for anything else', () => {
    expect(describeApiError(new Error('boom'), t).message).toBe('予期しないエラーが発生しました。');
  });

  it('joins the message and the details into one text', () => {
    const error = new ApiCallError('stays.get', 'INVALID_INPUT', 'bad', {
      code: 'INVALID_INPUT',
      message: 'bad',
      issues: [{ path: ['id'], code: 'too_small', message: 'Too small' }],
    });

    expect(apiErrorMessage(error, t)).toBe(
      '入力内容に誤りがあります。内容を確認してください。\n・id: Too small',
    );
  });
});
