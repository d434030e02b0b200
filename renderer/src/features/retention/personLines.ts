/**
 * The person's record as lines of a paper (本人開示): every field that holds something, named as
 * the message catalogue names it (the names the forms' errors use), list items numbered. Field
 * values that are codes are written out by `word`.
 */
import type { Person } from '../../../../shared/domain/schemas';
import { fieldName } from '../../../../shared/messages/render';

export interface PaperLine {
  label: string;
  value: string;
}

type Word = (path: readonly string[], value: string) => string;

function walk(
  value: unknown,
  path: (string | number)[],
  word: Word,
  into: PaperLine[],
  number: string,
): void {
  if (value === undefined || value === null || value === '') return;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) {
      if (value.length === 0) return;
      const keys = path.filter((p): p is string => typeof p === 'string');
      const text = value.map((v) => word(keys, String(v))).join('、');
      into.push({ label: labelOf(path, number), value: text });
      return;
    }
    value.forEach((item, i) => walk(item, [...path, i], word, into, `${number}${i + 1}.`));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      walk(inner, [...path, key], word, into, number);
    return;
  }
  const keys = path.filter((p): p is string => typeof p === 'string');
  into.push({ label: labelOf(path, number), value: word(keys, String(value)) });
}

function labelOf(path: readonly (string | number)[], number: string): string {
  const name = fieldName('ja', path) ?? path.filter((p) => typeof p === 'string').join('.');
  return number === '' ? name : `${name}（${number.replace(/\.$/, '')}）`;
}

/** Every field of the record with something in it, in the record's order; the id left out. */
export function personLines(person: Person, word: Word): PaperLine[] {
  const lines: PaperLine[] = [];
  const rest: Partial<Person> = { ...person };
  delete rest.id;
  walk(rest, [], word, lines, '');
  return lines;
}
