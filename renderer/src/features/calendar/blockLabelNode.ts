import { createElement, type VNode } from '@fullcalendar/core/preact';
import type { BlockEventProps } from './calendarEvents';

/**
 * A closed bed period: the word 休止 and the reason, written inside the hatched area (its icon
 * from the style sheet). Drawn by FullCalendar itself with classes styled once by calendarStyles.
 */
export function blockLabelNode({ block, label }: BlockEventProps): VNode {
  return createElement(
    'div',
    { className: 'tomari-block-label', 'data-testid': `calendar-block-${block.id}`, title: label },
    label,
  );
}
