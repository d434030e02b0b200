/**
 * Name search that does not care how the name was typed: full-width or half-width, katakana or
 * hiragana, with or without the space between family and given name.
 */
import type { Person } from './schemas';

const KATAKANA_FIRST = 0x30a1; // ァ
const KATAKANA_LAST = 0x30f6; // ヶ
const KATAKANA_TO_HIRAGANA = 0x60;

function katakanaToHiragana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out +=
      code >= KATAKANA_FIRST && code <= KATAKANA_LAST
        ? String.fromCodePoint(code - KATAKANA_TO_HIRAGANA)
        : ch;
  }
  return out;
}

/**
 * Folds text for searching: NFKC (half-width katakana and full-width latin to their usual
 * forms), katakana to hiragana, no white space of any kind (including the full-width space),
 * lower case.
 */
export function normalizeForSearch(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC')).replace(/\s+/gu, '').toLowerCase();
}

type NamedPerson = Pick<Person, 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana'>;

/**
 * True when the search text appears in the person's name or its reading: family + given name,
 * their kana, or any one of them alone. Empty text matches everybody.
 */
export function personMatches(person: NamedPerson, text: string): boolean {
  const needle = normalizeForSearch(text);
  if (needle === '') return true;
  const haystacks = [
    person.familyName + person.givenName,
    person.familyNameKana + person.givenNameKana,
    person.familyName,
    person.givenName,
    person.familyNameKana,
    person.givenNameKana,
  ];
  return haystacks.some((name) => normalizeForSearch(name).includes(needle));
}
