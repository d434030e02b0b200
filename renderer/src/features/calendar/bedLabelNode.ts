import { createElement, type VNode } from '@fullcalendar/core/preact';
import type { Bed } from '../../../../shared/domain/schemas';
import type { CalendarTexts } from './calendarTexts';

/**
 * A row heading: the bed's name, marked (icon and word) when it is kept for emergencies or takes
 * only emergencies. Drawn by FullCalendar itself with classes styled once by calendarStyles.
 */
export function bedLabelNode(bed: Bed, texts: CalendarTexts): VNode {
  const reserved = bed.emergencyReserved;
  const emergencyOnly = !reserved && !bed.allows.includes('experience');
  return createElement(
    'div',
    {
      className: 'tomari-bed',
      'data-testid': `calendar-bed-${bed.id}`,
      title: [bed.name, reserved && texts.emergencyReserved, emergencyOnly && texts.emergencyOnly]
        .filter(Boolean)
        .join(' '),
    },
    createElement('span', { className: 'tomari-bed-name' }, bed.name),
    reserved &&
      createElement('span', { className: 'tomari-bed-reserved' }, texts.emergencyReserved),
    emergencyOnly && createElement('span', { className: 'tomari-bed-only' }, texts.emergencyOnly),
  );
}
