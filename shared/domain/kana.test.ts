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
    ['does not match another name', '鈴木', false],
    ['does not match the names in the wrong order', '太郎山田', false],
  ])('%s', (_name, text, matches) => {
    expect(personMatches(person, text)).toBe(matches);
  });
});
