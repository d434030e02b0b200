import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../api/errors';
import { PLAN_REASON_CODES } from '../planner/reasons';
import { RULE_CODES } from '../rules/codes';
import { CLIENT_ERROR_CODES, ISSUE_CODES } from './catalog';
import { en } from './en';
import { ja } from './ja';
import { errorText, formatText, issueText, violationText } from './render';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{([\w.]+)\}\}/g)].map((m) => m[1]);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the message catalogue', () => {
  const jaTexts = new Map(entries(ja as unknown as Tree));
  const enTexts = new Map(entries(en as unknown as Tree));

  it.each([
    ['error', ERROR_CODES.map((c) => `errors.${c}`)],
    ['client error', CLIENT_ERROR_CODES.map((c) => `errors.${c}`)],
    ['rule', RULE_CODES.map((c) => `rules.${c}`)],
    ['issue', ISSUE_CODES.map((c) => `issues.${c}`)],
    ['plan reason', PLAN_REASON_CODES.map((c) => `planReasons.${c}`)],
  ])('has a Japanese and an English text for every %s code', (_, keys) => {
    for (const key of keys) {
      expect(jaTexts.get(key), key).toMatch(/\S/);
      expect(enTexts.get(key), key).toMatch(/\S/);
    }
  });

  it('has the same keys in both languages, variants included', () => {
    expect([...enTexts.keys()].sort()).toEqual([...jaTexts.keys()].sort());
  });

  it('fills the same details into both languages', () => {
    for (const [key, text] of jaTexts) {
      expect(placeholders(enTexts.get(key) ?? '').sort(), key).toEqual(placeholders(text).sort());
    }
  });

  it('has no Japanese left in the English texts', () => {
    for (const [key, text] of enTexts) expect(text, key).not.toMatch(JAPANESE);
  });
});

describe('rendering a text', () => {
  it('writes dates, months, moments, statuses and kinds out in the language', () => {
    const details = {
      date: '2026-05-12',
      month: '2026-05',
      at: '2026-05-12T09:30:00.000Z',
      status: 'in_stay',
      kind: 'experience',
      days: 3,
    };
    const template = '{{date}}|{{month}}|{{at}}|{{status}}|{{kind}}|{{days}}';
    expect(formatText('ja', template, details)).toBe(
      '2026年5月12日(火)|2026年5月|2026年5月12日(火) 18:30|滞在中|体験利用|3',
    );
    expect(formatText('en', template, details)).toBe(
      'Tue 5/12/2026|5/2026|Tue 5/12/2026 18:30|Staying|experience stays|3',
    );
  });

  it("reads a record detail's fields", () => {
    const holder = { computer: 'desk-1', pid: 4242, since: '2026-05-12T00:00:00.000Z' };
    expect(errorText('ja', 'DATA_FOLDER_LOCKED', { holder })).toContain(
      'コンピューター「desk-1」、プロセス番号 4242、2026年5月12日(火) 9:00 から',
    );
  });

  it('picks the variant an error names, or the plain text', () => {
    expect(errorText('ja', 'NOT_FOUND', { entity: 'stay', id: 's1' })).toBe(
      ja.errors.NOT_FOUND_stay,
    );
    expect(errorText('en', 'NOT_FOUND', { entity: 'something', id: 'x' })).toBe(
      en.errors.NOT_FOUND,
    );
    expect(errorText('ja', 'DATA_FOLDER_LOCKED', { variant: 'unknownHolder' })).toBe(
      ja.errors.DATA_FOLDER_LOCKED_unknownHolder,
    );
  });

  it("picks a rule's text by its severity when it has one", () => {
    const v = { code: 'NOT_REGISTERED', details: { status: 'pending' } };
    expect(violationText('ja', { ...v, severity: 'error' })).toBe('事前登録がありません');
    expect(violationText('ja', { ...v, severity: 'warning' })).toBe(
      '事前登録がありません（受け入れ後に登録してください）',
    );
  });

  it('picks an issue text by the nearest field named on its path', () => {
    const at = (path: (string | number)[]) => issueText('en', { code: 'DATES_OUT_OF_ORDER', path });
    expect(at(['registration', 'reviewDate'])).toBe(en.issues.DATES_OUT_OF_ORDER_reviewDate);
    expect(at(['authorizations', 1, 'to'])).toBe(en.issues.DATES_OUT_OF_ORDER_authorizations);
    expect(at(['to'])).toBe(en.issues.DATES_OUT_OF_ORDER);
    expect(issueText('en', { code: 'too_small', path: ['name'] })).toBeUndefined();
  });
});
