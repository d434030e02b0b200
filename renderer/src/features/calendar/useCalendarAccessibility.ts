import { useEffect, type RefObject } from 'react';
import { bedCellKey, fixCalendarMarkup, focusBedCell } from './calendarAccessibility';

/**
 * Keeps FullCalendar's markup usable by screen readers and keyboards (calendarAccessibility)
 * after every change FullCalendar makes to its elements (once per frame at most), and moves
 * between the bed names with the arrow keys.
 */
export function useCalendarAccessibility(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let frame = 0;
    const schedule = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        fixCalendarMarkup(root);
      });
    };
    fixCalendarMarkup(root);
    const mutations = new MutationObserver(schedule);
    mutations.observe(root, { childList: true, subtree: true });
    const onKeyDown = (event: KeyboardEvent) => {
      const next = bedCellKey(root, event.target, event.key);
      if (!next) return;
      event.preventDefault();
      focusBedCell(root, next);
    };
    root.addEventListener('keydown', onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [ref]);
}
