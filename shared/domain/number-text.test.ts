import { describe, expect, it } from 'vitest';
import { normalizeCertificateNumber, normalizePhoneNumber } from './number-text';

describe('phone numbers as stored', () => {
  it.each([
    ['ASCII as typed', '03-1234-5678', '03-1234-5678'],
    ['full-width digits and full-width minus', '０３－１２３４－５６７８', '03-1234-5678'],
    [
      'the long vowel mark that kana mode types for -',
      '０９０ー１２３４ー５６７８',
      '090-1234-5678',
    ],
    ['half-width long vowel mark', '03ｰ1234ｰ5678', '03-1234-5678'],
    ['a minus sign pasted from a document', '03−1234−5678', '03-1234-5678'],
    ['en dash and hyphen', '03–1234‐5678', '03-1234-5678'],
    ['full-width brackets', '（０３）１２３４－５６７８', '(03)1234-5678'],
    ['a full-width plus', '＋８１－３－１２３４－５６７８', '+81-3-1234-5678'],
    ['spaces around it, full-width ones too', '\u3000 03-1234-5678 ', '03-1234-5678'],
  ])('%s', (_name, typed, stored) => {
    expect(normalizePhoneNumber(typed)).toBe(stored);
  });

  it('leaves what is not a phone number for the schema to refuse', () => {
    expect(normalizePhoneNumber('でんわ')).toBe('でんわ');
  });

  it('gives the same text when run twice', () => {
    const once = normalizePhoneNumber('０３－１２３４－５６７８');
    expect(normalizePhoneNumber(once)).toBe(once);
  });
});

describe('recipient certificate numbers as stored', () => {
  it.each([
    ['ten ASCII digits', '1234567890', '1234567890'],
    ['full-width digits', '１２３４５６７８９０', '1234567890'],
    ['grouped with hyphens', '12345-67890', '1234567890'],
    [
      'grouped with full-width minus and the long vowel mark',
      '１２３４５－６７８ー９０',
      '1234567890',
    ],
    ['grouped with spaces, full-width ones too', '12345\u300067890 ', '1234567890'],
  ])('%s', (_name, typed, stored) => {
    expect(normalizeCertificateNumber(typed)).toBe(stored);
  });

  it('leaves letters for the schema to refuse', () => {
    expect(normalizeCertificateNumber('12345６789Ａ')).toBe('123456789A');
  });
});
