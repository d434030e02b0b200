import { createElement, type VNode } from '@fullcalendar/core/preact';
import type { BedBlock } from '../../../../shared/domain/schemas';
import { iconNode, ICON_PATHS } from './calendarIcons';

/**
 * A closed bed period: the word 休止 and the reason (`label`, translated), written inside the
 * hatched area. Drawn by FullCalendar itself with classes styled once by calendarStyles.
 */
export function blockLabelNode(block: BedBlock, label: string): VNode {
  return createElement(
    'div',
    { className: 'tomari-block-label', 'data-testid': `calendar-block-${block.id}`, title: label },
    iconNode('tomari-block-label-icon', ICON_PATHS.block),
    label,
  );
}
