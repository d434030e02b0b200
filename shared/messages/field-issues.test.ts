import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ValidationIssue } from '../api/errors';
import {
  authorSchema,
  bedBlockSchema,
  bedSchema,
  personSchema,
  settingsUpdateSchema,
  staffCommentVersionSchema,
} from '../domain/schemas';
import { ISSUE_CODES } from './catalog';
import { toIssues } from './issues';
import { fieldName, issueText } from './render';

const long = 'あ'.repeat(3000);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Every field of the schemas that refuse with field codes, each given something it refuses. */
const refused: [string, z.ZodType, unknown][] = [
  [
    'a person with every field wrong',
    personSchema,
    {
      id: 'p1',
      familyName: long,
      givenName: 7,
      familyNameKana: 'Yamada',
      givenNameKana: long,
      birthDate: '2026-02-30',
      sex: 'x',
      certificateNumber: '12',
      supportCategory: '9',
      registration: { status: 'x', registeredOn: 'x', registeredBy: long, reviewDate: 'x' },
      authorizations: [{ from: 'x', to: 'x', daysPerMonth: 40 }],
      consultationOffice: { office: '', coordinator: long, phone: 'x' },
      contacts: [{ name: '', relation: long, phone: 'x', note: long }],
      careNotes: {
        medications: long,
        allergies: long,
        medicalCare: long,
        behaviourSupport: long,
        diet: long,
        mobility: long,
        flags: ['x'],
        nothingToNote: ['x'],
      },
    },
  ],
  ['a bed', bedSchema, { id: 'b1', name: long, room: long, allows: [], order: 1, active: true }],
  ['a closure', bedBlockSchema, { id: 'k1', bedId: 'b1', start: 'x', end: 'x', reason: '' }],
  ['the facility', settingsUpdateSchema, { address: long, phone: 'x' }],
  ['a writer', authorSchema, { name: long }],
  ['a comment', staffCommentVersionSchema, { text: long, author: { name: '' } }],
];

function issuesOf(schema: z.ZodType, value: unknown): ValidationIssue[] {
  const result = schema.safeParse(value);
  return result.success ? [] : toIssues(result.error);
}

describe('a field check', () => {
  it.each(refused)(
    'words each refusal of %s with the field named, in both languages',
    (_, schema, value) => {
      const found = issuesOf(schema, value).filter((i) =>
        (ISSUE_CODES as readonly string[]).includes(i.code),
      );
      expect(found.length).toBeGreaterThan(0);
      for (const issue of found) {
        const where = `${issue.path.join('.')} ${issue.code}`;
        for (const language of ['ja', 'en'] as const) {
          expect(fieldName(language, issue.path), `${where} (${language})`).toMatch(/\S/);
          expect(issueText(language, issue), `${where} (${language})`).not.toMatch(/\{\{/);
        }
        expect(issue.message, where).toBe(issueText('ja', issue));
        expect(issueText('en', issue), where).not.toMatch(JAPANESE);
      }
    },
  );

  it('carries the field code and its figures, and the Japanese sentence the form shows', () => {
    expect(issuesOf(personSchema, refused[0]![2]).slice(0, 2)).toEqual([
      {
        path: ['familyName'],
        code: 'TOO_LONG',
        message: '姓は40文字以内で入力してください。',
        details: { maximum: 40 },
      },
      { path: ['givenName'], code: 'REQUIRED', message: '名を入力してください。' },
    ]);
    const contact = issuesOf(personSchema.pick({ contacts: true }), {
      contacts: [{ name: '田中', relation: '母', phone: 'x' }],
    });
    expect(contact.map((i) => issueText('en', i))).toEqual([
      "Write the emergency contact's phone number with digits, hyphens, brackets and +.",
    ]);
  });

  it('finds a field by the end of its path, the longest name first', () => {
    expect(fieldName('ja', ['person', 'contacts', 0, 'phone'])).toBe('緊急連絡先の電話番号');
    expect(fieldName('ja', ['phone'])).toBe('電話番号');
    expect(fieldName('en', ['record', 'author', 'name'])).toBe("writer's name");
    expect(fieldName('ja', ['name'])).toBe('ベッド名');
    expect(fieldName('ja', ['registration'])).toBeUndefined();
    expect(fieldName('ja', ['nickname'])).toBeUndefined();
  });
});
