import type { Disclosure } from '../../../../shared/api/contract';

/**
 * The 本人開示 JSON file: the copy as persons.disclosure gave it, indented for reading. Its name
 * carries the date and the start of the person's id, never their name (file names show up in
 * download lists and recent-file menus).
 */
export function disclosureFile(copy: Disclosure): { fileName: string; text: string } {
  const day = copy.madeAt.slice(0, 10).replaceAll('-', '');
  return {
    fileName: `tomari-disclosure-${day}-${copy.person.id.slice(0, 8)}.json`,
    text: `${JSON.stringify(copy, null, 2)}\n`,
  };
}
