import type { TFunction } from 'i18next';
import { departureKind } from '../../../../shared/domain/stay-lifecycle';
import type { Stay } from '../../../../shared/domain/schemas';

type DateLabel = (date: string) => string;

/** What a check-out did, in words: as planned, early (nights freed) or on the arrival day. */
export function checkedOutMessage(
  t: TFunction,
  long: DateLabel,
  name: string,
  before: Stay,
  saved: Stay,
): string {
  const date = long(saved.end);
  switch (departureKind(before, saved.end)) {
    case 'sameDay':
      return t('stay.done.checkedOutSameDay', { name, date });
    case 'early':
      return t('stay.done.checkedOutEarly', { name, date });
    case 'asPlanned':
      return t('stay.done.checkedOut', { name, date });
  }
}

export function checkedInMessage(t: TFunction, name: string): string {
  return t('stay.done.checkedIn', { name });
}

export function checkInUndoneMessage(t: TFunction, name: string, saved: Stay): string {
  return t('stay.done.checkInUndone', { name, status: t(`stayStatus.${saved.status}`) });
}
