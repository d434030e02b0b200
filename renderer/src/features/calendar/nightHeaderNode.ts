import { createElement, type VNode } from '@fullcalendar/core/preact';
import type { NightCapacity } from '../../../../shared/domain/capacity';
import type { DayKind } from '../week/dayKind';
import { iconNode, ICON_PATHS } from './calendarIcons';

/** The words of one night's heading, already translated. */
export interface NightHeaderText {
  day: string;
  /** "(月)", with 祝 after it on a holiday. */
  weekday: string;
  today: string | null;
  free: string | null;
  noEmergencyShort: string;
  noEmergencyLong: string;
}

/**
 * The column heading of one night: the date the Japanese way (Saturday blue, Sunday and
 * holidays red by data-day, with 祝 written for holidays), then how many beds are free and,
 * when no bed could take an emergency, a warning in words (the long reason on hover).
 * Drawn by FullCalendar itself with classes styled once by calendarStyles, as the stay bars are.
 */
export function nightHeaderNode(
  date: string,
  kind: DayKind,
  capacity: NightCapacity | undefined,
  text: NightHeaderText,
): VNode {
  return createElement(
    'div',
    {
      className: 'tomari-night',
      'data-testid': `night-${date}`,
      'data-day': kind,
      'data-today': text.today === null ? undefined : 'true',
      'data-free': capacity?.freeBeds,
      'data-no-emergency': capacity?.noEmergencyBed ? 'true' : 'false',
    },
    createElement(
      'div',
      { className: 'tomari-night-date' },
      text.day,
      createElement('span', { className: 'tomari-night-weekday' }, text.weekday),
    ),
    text.today !== null && createElement('div', { className: 'tomari-night-today' }, text.today),
    text.free !== null && createElement('div', { className: 'tomari-night-free' }, text.free),
    capacity?.noEmergencyBed === true &&
      createElement(
        'div',
        {
          className: 'tomari-night-alert',
          'data-testid': `no-emergency-${date}`,
          title: text.noEmergencyLong,
        },
        iconNode('tomari-night-alert-icon', ICON_PATHS.warning),
        text.noEmergencyShort,
      ),
  );
}
