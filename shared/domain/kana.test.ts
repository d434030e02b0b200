import { describe, expect, it } from 'vitest';
import { normalizeForSearch, personMatches } from './kana';

describe('normalizeForSearch', () => {
  it.each([
    ['turns katakana into hiragana', 'ヤマダ', 'やまだ'],
    ['turns half-width katakana with voiced marks into hiragana', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'やまだたろう'],
    ['removes the full-width space', '山田　太郎', '山田太郎'],
    ['removes ordinary spaces and tabs', 'yamada \ttaro', 'yamadataro'],
    ['lowers full-width latin letters', 'ＹＡＭＡＤＡ', 'yamada'],
    ['keeps the long vowel mark', 'ユーコ', 'ゆーこ'],
    ['keeps kanji as they are', '髙橋', '髙橋'],
    ['turns half-width katakana with a semi-voiced mark into hiragana', 'ﾎﾟﾝ', 'ぽん'],
    ['keeps the half-width long vowel mark as the full-width one', 'ﾕｰｺ', 'ゆーこ'],
    ['turns full-width digits into ascii', '１２３', '123'],
    ['turns small katakana into small hiragana', 'ァィゥェォッ', 'ぁぃぅぇぉっ'],
    ['turns ヴ into ゔ', 'ヴ', 'ゔ'],
    ['removes a trailing full-width space', 'やまだ　', 'やまだ'],
  ])('%s', (_name, input, output) => {
    expect(normalizeForSearch(input)).toBe(output);
  });
});

describe('personMatches', () => {
  const person = {
    familyName: '山田',
    givenName: '太郎',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'タロウ',
  };

  it.each([
    ['matches the full name typed with a space', '山田 太郎', true],
    ['matches the given name alone', '太郎', true],
    ['matches the reading in hiragana', 'やまだ', true],
    ['matches the full reading in half-width katakana', 'ﾔﾏﾀﾞﾀﾛｳ', true],
    ['matches a part of the reading across the two names', 'だた', true],
    ['matches everybody for empty text', '　', true],
    ['matches the reading typed in katakana', 'ヤマダタロウ', true],
    ['matches the reading typed in half-width katakana with a space', 'ﾔﾏﾀﾞ ﾀﾛｳ', true],
    ['matches the given name in full-width hiragana', 'たろう', true],
    ['does not match a reading with a wrong voiced mark', 'やまた', false],
    ['does not match another name', '鈴木', false],
    ['does not match the names in the wrong order', '太郎山田', false],
  ])('%s', (_name, text, matches) => {
    expect(personMatches(person, text)).toBe(matches);
  });
});

describe('personMatches with latin text', () => {
  it('matches full-width latin typed against a half-width latin name', () => {
    const person = {
      familyName: 'Smith',
      givenName: 'Anne',
      familyNameKana: 'すみす',
      givenNameKana: 'あん',
    };
    expect(personMatches(person, 'ＳＭＩＴＨ')).toBe(true);
    expect(personMatches(person, 'smi')).toBe(true);
  });
});
