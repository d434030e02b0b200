/**
 * The erase's confirmation: the manager types the person's name. Spaces of any width are ignored
 * (山田太郎, 山田 太郎 and 山田, a full-width space, 太郎 all confirm), nothing else is: a name half typed, or another
 * person's, confirms nothing.
 */
export function confirmsName(
  typed: string,
  person: { familyName: string; givenName: string },
): boolean {
  const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
  const wanted = squeeze(`${person.familyName}${person.givenName}`);
  return wanted !== '' && squeeze(typed) === wanted;
}
