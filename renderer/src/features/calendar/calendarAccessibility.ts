/**
 * What FullCalendar's markup needs so that a screen reader and a keyboard can use the calendar
 * (issue 16, WCAG 2.1 AA), applied to its DOM after it draws. FullCalendar offers no option for
 * these, so the calendar corrects its own markup each time FullCalendar adds to it
 * (useCalendarAccessibility). Each step is idempotent: running it twice changes nothing.
 *
 * - The timeline body, where the stay bars are, is a table FullCalendar hides from assistive
 *   technology (aria-hidden) although the bars in it are focusable buttons: a screen reader was
 *   told they did not exist while focus landed on them. It is shown again, each bed's lane as a
 *   row of FullCalendar's grid (role row, its cell a gridcell, as the bed names beside it are),
 *   so the bars, each named with the guest, kind, status, bed and dates, are read bed by bed
 *   and the grid stays a valid grid.
 * - The toolbar's 前/次 icons are images without a name: they are hidden, and the buttons are
 *   named by FullCalendar's buttonHints.
 * - The bed names scroll up and down (with the bars) but held nothing a keyboard could reach.
 *   They become one stop in the tab order, as a grid's cells are: the bed last visited is
 *   reachable by Tab, and the arrow keys, Home and End move between beds (bedCellKey), which
 *   scrolls the beds and their bars into view.
 */

/** The bed-name cells of the grid's body, top to bottom (the room column spans rows). */
export const BED_CELLS = '.fc-datagrid-body tr[role="row"] > td[role="gridcell"]:last-child';

export function fixCalendarMarkup(root: HTMLElement): void {
  for (const table of root.querySelectorAll('.fc-timeline-body table[aria-hidden="true"]')) {
    table.removeAttribute('aria-hidden');
    table.setAttribute('role', 'presentation');
  }
  for (const lane of root.querySelectorAll('.fc-timeline-body td.fc-timeline-lane:not([role])')) {
    lane.setAttribute('role', 'gridcell');
    lane.parentElement?.setAttribute('role', 'row');
  }
  for (const icon of root.querySelectorAll('.fc-toolbar .fc-icon[role="img"]')) {
    icon.removeAttribute('role');
    icon.setAttribute('aria-hidden', 'true');
  }
  const cells = [...root.querySelectorAll<HTMLElement>(BED_CELLS)];
  const stop = cells.find((cell) => cell.tabIndex === 0) ?? cells[0];
  for (const cell of cells) {
    const tabIndex = cell === stop ? 0 : -1;
    // Written only when it differs: a month switch should change as little of the page as it can.
    if (cell.getAttribute('tabindex') !== String(tabIndex)) cell.tabIndex = tabIndex;
  }
}

/**
 * Where a key pressed on a bed cell moves focus to: the bed above or below, the first or the
 * last. Answers null for any other key or target, so the key keeps its usual meaning.
 */
export function bedCellKey(root: HTMLElement, target: EventTarget | null, key: string) {
  if (!(target instanceof HTMLElement) || !target.matches(BED_CELLS)) return null;
  const cells = [...root.querySelectorAll<HTMLElement>(BED_CELLS)];
  const at = cells.indexOf(target);
  const to =
    key === 'ArrowDown'
      ? at + 1
      : key === 'ArrowUp'
        ? at - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? cells.length - 1
            : -1;
  return to >= 0 && to < cells.length && to !== at ? cells[to]! : null;
}

/** Moves the tab stop among the bed cells to `cell` and focuses it. */
export function focusBedCell(root: HTMLElement, cell: HTMLElement): void {
  for (const other of root.querySelectorAll<HTMLElement>(BED_CELLS)) other.tabIndex = -1;
  cell.tabIndex = 0;
  cell.focus();
}
