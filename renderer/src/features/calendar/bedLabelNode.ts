import { createElement, type VNode } from '@fullcalendar/core/preact';
import type { Bed } from '../../../../shared/domain/schemas';
import { iconNode, ICON_PATHS } from './calendarIcons';

/** The words of a row heading, already translated. */
export interface BedLabelText {
  emergencyReserved: string;
  emergencyOnly: string;
}

/**
 * A row heading: the bed's name, marked (icon and word) when it is kept for emergencies.
 * Drawn by FullCalendar itself with classes styled once by calendarStyles, as the stay bars are.
 */
export function bedLabelNode(bed: Bed, text: BedLabelText): VNode {
  return createElement(
    'div',
    { className: 'tomari-bed', 'data-testid': `calendar-bed-${bed.id}` },
    createElement('span', { className: 'tomari-bed-name' }, bed.name),
    bed.emergencyReserved &&
      createElement(
        'span',
        { className: 'tomari-bed-reserved' },
        iconNode('tomari-bed-reserved-icon', ICON_PATHS.emergency),
        text.emergencyReserved,
      ),
    !bed.allows.includes('experience') &&
      !bed.emergencyReserved &&
      createElement('span', { className: 'tomari-bed-only' }, text.emergencyOnly),
  );
}
