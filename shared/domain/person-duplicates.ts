/**
 * POSSIBLE_DUPLICATE: two records with the same family and given name and the same birth date
 * are probably one person registered twice. It is a warning: the desk may confirm and save.
 */
import type { Person } from './schemas';

type Identity = Pick<Person, 'familyName' | 'givenName' | 'birthDate'> & { id?: string };

/** Names compared as written, but without the spaces people type between or around them. */
function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
  return fold(a) === fold(b);
}

/** Ids of the other persons that look like the same person; none when no birth date is known. */
export function possibleDuplicates(person: Identity, others: readonly Identity[]): string[] {
  if (!person.birthDate) return [];
  return others
    .filter(
      (other) =>
        other.id !== undefined &&
        other.id !== person.id &&
        other.birthDate === person.birthDate &&
        sameName(other.familyName, person.familyName) &&
        sameName(other.givenName, person.givenName),
    )
    .map((other) => other.id!);
}
