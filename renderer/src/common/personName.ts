/**
 * A person's name as the desk says it, the one formatter of every screen and language: family
 * name first, as Japanese names are written (and as they are given in English too).
 */
export function fullName(person: { familyName: string; givenName: string }): string {
  return `${person.familyName} ${person.givenName}`;
}

/** The reading of the name, shown beside it so staff can confirm who they picked. */
export function fullKana(person: { familyNameKana: string; givenNameKana: string }): string {
  return `${person.familyNameKana} ${person.givenNameKana}`;
}
