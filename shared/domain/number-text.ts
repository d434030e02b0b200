/**
 * Numbers typed the Japanese office way: with the IME on, digits arrive full-width (０３) and the
 * hyphen as a full-width minus (－) or the long vowel mark (ー). The person schema runs these
 * before it checks the pattern, so the renderer, the API and the stored data all see the same
 * ASCII text, whichever keyboard mode it was typed in.
 */

/**
 * Hyphen look-alikes an IME or a pasted document gives instead of '-': hyphen, non-breaking
 * hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, and the katakana long
 * vowel mark (ー, what kana mode types for the '-' key). Full-width forms (－, ｰ) become these
 * or '-' under NFKC first.
 */
const HYPHEN_LIKE = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC]/gu;

/** NFKC (full-width digits, brackets and + to ASCII) and every hyphen look-alike to '-'. */
function foldDigitsAndHyphens(text: string): string {
  return text.normalize('NFKC').replace(HYPHEN_LIKE, '-');
}

/**
 * A phone number as stored: ASCII digits, '-', '(', ')' and '+', no spaces around it; written
 * as given otherwise (03-1234-5678 and (03)1234-5678 are both kept as typed).
 */
export function normalizePhoneNumber(text: string): string {
  return foldDigitsAndHyphens(text).trim();
}

/**
 * A recipient certificate number (受給者証番号) as stored: its ten digits only. The hyphens and
 * spaces people put in to read it in groups are dropped.
 */
export function normalizeCertificateNumber(text: string): string {
  return foldDigitsAndHyphens(text).replace(/[-\s]/gu, '');
}
