import { createElement, type VNode } from '@fullcalendar/core/preact';
import type { StayEventProps } from './calendarEvents';

/**
 * One stay on the calendar: the guest's name, with the kind as an icon and the status as the
 * bar's fill and outline (both drawn by the style sheet from the bar's class names), and kind,
 * status and name in words for screen readers. The tooltip tells the rest. It is its own button
 * (the calendar's event element is not focusable), so a keyboard user can reach it, read its
 * tooltip on focus and open the stay panel with Enter or Space (useStayBarEvents, on the
 * calendar, handles those for every bar at once).
 *
 * Drawn by FullCalendar itself (its own virtual DOM, no React per bar) and as light as it can
 * be — one element and its text, every word worked out beforehand (calendarWindow): a month
 * has well over a hundred bars, and drawing them is most of what a month switch costs.
 */
export function stayBarNode({ stay, name, label }: StayEventProps): VNode {
  return createElement(
    'span',
    {
      role: 'button',
      tabIndex: 0,
      className: 'tomari-bar',
      'data-testid': `calendar-stay-${stay.id}`,
      'data-stay-id': stay.id,
      'aria-label': label,
    },
    name,
  );
}
