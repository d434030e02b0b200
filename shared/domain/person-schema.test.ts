import { describe, expect, it } from 'vitest';
import { toIssues } from '../messages/issues';
import { personSchema } from './schemas';

const valid = {
  id: 'p1',
  familyName: '山田',
  givenName: '太郎',
  familyNameKana: 'やまだ',
  givenNameKana: 'タロウ',
  registration: { status: 'registered' },
  authorizations: [],
};

/** The refusals as the API words them (its Japanese message, from the catalogue). */
function messageFor(change: Record<string, unknown>): string[] {
  const result = personSchema.safeParse({ ...valid, ...change });
  return result.success
    ? []
    : toIssues(result.error).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('personSchema', () => {
  it('accepts a person with only the required fields', () => {
    expect(messageFor({})).toEqual([]);
  });

  it('accepts every optional section filled in', () => {
    expect(
      messageFor({
        sex: 'female',
        supportCategory: '4',
        birthDate: '1980-01-02',
        registration: {
          status: 'registered',
          registeredOn: '2026-04-01',
          registeredBy: '受付',
          reviewDate: '2027-04-01',
        },
        consultationOffice: {
          office: 'みどり相談室',
          coordinator: '相談員',
          phone: '(03)1234-5678',
        },
        contacts: [{ name: '家族', relation: '母', phone: '+81-90-1234-5678' }],
        careNotes: { medications: '朝夕', flags: ['allergy', 'seizure'] },
      }),
    ).toEqual([]);
  });

  it.each([
    ['a kana with a space and a long vowel mark', 'ゆー こ'],
    ['a kana in katakana', 'ユーコ'],
  ])('accepts %s', (_name, kana) => {
    expect(messageFor({ givenNameKana: kana })).toEqual([]);
  });

  it.each([
    [
      'a missing kana',
      { familyNameKana: '' },
      'familyNameKana: 姓（ふりがな）を入力してください。',
    ],
    [
      'a kana of spaces only',
      { givenNameKana: '　 ' },
      'givenNameKana: 名（ふりがな）を入力してください。',
    ],
    [
      'a kana in kanji',
      { familyNameKana: '山田' },
      'familyNameKana: 姓（ふりがな）はひらがなまたはカタカナで入力してください。',
    ],
    [
      'a kana in latin letters',
      { givenNameKana: 'taro' },
      'givenNameKana: 名（ふりがな）はひらがなまたはカタカナで入力してください。',
    ],
    [
      'a certificate number of 9 digits',
      { certificateNumber: '123456789' },
      'certificateNumber: 受給者証番号は10桁の数字で入力してください。',
    ],
    [
      'a certificate number with letters',
      { certificateNumber: '12345678AB' },
      'certificateNumber: 受給者証番号は10桁の数字で入力してください。',
    ],
    [
      'a support category of 7',
      { supportCategory: '7' },
      'supportCategory: 障害支援区分を選んでください。',
    ],
    [
      'a phone number with letters',
      { contacts: [{ name: '家族', relation: '母', phone: '03-abcd' }] },
      'contacts.0.phone: 緊急連絡先の電話番号は数字・ハイフン・括弧・+ で入力してください。',
    ],
    [
      'an unknown care flag',
      { careNotes: { flags: ['snoring'] } },
      'careNotes.flags.0: 配慮事項の種類が正しくありません。',
    ],
    [
      'an impossible birth date',
      { birthDate: '1990-02-30' },
      'birthDate: 生年月日は正しい日付で入力してください。',
    ],
  ])('refuses %s with a Japanese message naming the field', (_name, change, message) => {
    expect(messageFor(change)).toEqual([message]);
  });

  it('stores full-width digits and hyphens of numbers as ASCII', () => {
    const parsed = personSchema.parse({
      ...valid,
      certificateNumber: '１２３４５－６７８９０',
      consultationOffice: { office: 'みどり相談室', phone: '（０３）１２３４－５６７８' },
      contacts: [{ name: '家族', relation: '母', phone: '０９０ー１２３４ー５６７８' }],
    });
    expect([
      parsed.certificateNumber,
      parsed.consultationOffice?.phone,
      parsed.contacts?.[0]?.phone,
    ]).toEqual(['1234567890', '(03)1234-5678', '090-1234-5678']);
  });

  it('refuses a certificate number still short of ten digits once normalised', () => {
    expect(messageFor({ certificateNumber: '１２３４５－６７８９' })).toEqual([
      'certificateNumber: 受給者証番号は10桁の数字で入力してください。',
    ]);
  });
});
