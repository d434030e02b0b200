import type { TFunction } from 'i18next';
import { fullName } from '../../common/personName';

/** The guest's name as the desk writes it, or a placeholder while it loads or when it failed. */
export function personNameOf(
  person: { familyName: string; givenName: string } | undefined,
  pending: boolean,
  t: TFunction,
): string {
  if (person) {
    return fullName(person);
  }
  return pending ? t('common.pending') : t('calendar.unknownPerson');
}
