import { useEffect, type RefObject } from 'react';
import { bedCellKey, fixCalendarMarkup, focusBedCell } from './calendarAccessibility';

/**
 * Keeps FullCalendar's markup usable by screen readers and keyboards (calendarAccessibility)
 * after every change FullCalendar makes to its elements, and moves between the bed names with
 * the arrow keys. The markup is corrected in the mutation observer's callback, which runs right
 * after FullCalendar has drawn and before the page is painted: no frame shows it uncorrected,
 * and a month switch costs no extra frame.
 */
export function useCalendarAccessibility(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    fixCalendarMarkup(root);
    const mutations = new MutationObserver(() => fixCalendarMarkup(root));
    mutations.observe(root, { childList: true, subtree: true });
    const onKeyDown = (event: KeyboardEvent) => {
      const next = bedCellKey(root, event.target, event.key);
      if (!next) return;
      event.preventDefault();
      focusBedCell(root, next);
    };
    root.addEventListener('keydown', onKeyDown);
    return () => {
      mutations.disconnect();
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [ref]);
}
