import { createElement, type VNode } from '@fullcalendar/core/preact';
import type { TFunction } from 'i18next';
import type { Stay } from '../../../../shared/domain/schemas';
import { iconNode, ICON_PATHS } from './calendarIcons';

/** The words on a bar, already translated: kind, short status, guest, and the whole for readers. */
export interface StayBarText {
  kind: string;
  statusShort: string;
  name: string;
  ariaLabel: string;
}

/** Stands for the guest's name in a label made once per kind and status. */
const NAME_SLOT = '\u0000';

/**
 * The bars' words, translated once per kind and status rather than per bar (a month has well
 * over a hundred bars): returns the words of one stay and its guest's name.
 */
export function stayBarTexts(t: TFunction): (stay: Stay, name: string) => StayBarText {
  const labels = new Map<string, { kind: string; statusShort: string; ariaLabel: string[] }>();
  return (stay, name) => {
    const key = `${stay.kind}|${stay.status}`;
    let label = labels.get(key);
    if (!label) {
      const kind = t(`stayKind.${stay.kind}`);
      const status = t(`stayStatus.${stay.status}`);
      label = {
        kind,
        statusShort: t(`calendar.statusShort.${stay.status}`),
        ariaLabel: t('calendar.stayLabel', { kind, status, name: NAME_SLOT }).split(NAME_SLOT),
      };
      labels.set(key, label);
    }
    return {
      kind: label.kind,
      statusShort: label.statusShort,
      name,
      ariaLabel: label.ariaLabel.join(name),
    };
  };
}

/**
 * One stay on the calendar: kind as icon and word, guest, status. It is its own button (the
 * calendar's event element is not focusable), so a keyboard user can reach it, read its
 * tooltip on focus and open the stay panel with Enter or Space (useStayBarEvents, on the
 * calendar, handles those for every bar at once).
 *
 * Drawn by FullCalendar itself (its own virtual DOM, no React per bar) with class names styled
 * once by calendarStyles, colours by data-kind and data-status: a month has well over a hundred
 * bars, and a React component, tooltip and styles per bar made the calendar slow to appear.
 */
export function stayBarNode(stay: Stay, text: StayBarText): VNode {
  return createElement(
    'span',
    {
      role: 'button',
      tabIndex: 0,
      className: 'tomari-bar',
      'data-testid': `calendar-stay-${stay.id}`,
      'data-stay-id': stay.id,
      'data-kind': stay.kind,
      'data-status': stay.status,
      'aria-label': text.ariaLabel,
    },
    iconNode('tomari-bar-icon', ICON_PATHS[stay.kind]),
    createElement('span', { className: 'tomari-bar-kind' }, text.kind),
    createElement('span', { className: 'tomari-bar-name' }, text.name),
    createElement('span', { className: 'tomari-bar-status' }, text.statusShort),
  );
}
