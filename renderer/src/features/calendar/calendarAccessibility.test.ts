// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { bedCellKey, fixCalendarMarkup, focusBedCell } from './calendarAccessibility';

afterEach(() => document.body.replaceChildren());

/** FullCalendar's markup as it draws it, reduced to what the fix looks at. */
function calendarDom(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <div class="fc-toolbar">
      <button type="button" title="前の月"><span class="fc-icon fc-icon-chevron-left" role="img"></span></button>
    </div>
    <table role="grid"><tbody role="rowgroup"><tr><td>
      <table class="fc-datagrid-body" role="presentation"><tbody role="presentation">
        <tr role="row"><td role="gridcell" rowspan="2">101号室</td><td role="gridcell">101-A</td></tr>
        <tr role="row"><td role="gridcell">101-B</td></tr>
        <tr role="row"><td role="gridcell">102号室</td><td role="gridcell">102-A</td></tr>
      </tbody></table>
    </td><td>
      <div class="fc-timeline-body">
        <table aria-hidden="true" class="fc-scrollgrid-sync-table"><tr><td class="fc-timeline-lane">
          <span role="button" tabindex="0" class="tomari-bar">佐藤 花子</span>
        </td></tr></table>
      </div>
    </td></tr></tbody></table>`;
  document.body.append(root);
  return root;
}

const bedCells = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('.fc-datagrid-body td')].filter(
    (cell) => cell.textContent?.includes('-') ?? false,
  );

describe('the calendar markup for screen readers and keyboards', () => {
  it('shows the bars to assistive technology, lane by lane as rows of the grid', () => {
    const root = calendarDom();
    fixCalendarMarkup(root);
    const table = root.querySelector('.fc-timeline-body table')!;
    expect(table.hasAttribute('aria-hidden')).toBe(false);
    expect(table.getAttribute('role')).toBe('presentation');
    const lane = table.querySelector('td')!;
    expect(lane.getAttribute('role')).toBe('gridcell');
    expect(lane.parentElement?.getAttribute('role')).toBe('row');
  });

  it('hides the toolbar icons (the buttons are named by their hints)', () => {
    const root = calendarDom();
    fixCalendarMarkup(root);
    const icon = root.querySelector('.fc-icon')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.hasAttribute('role')).toBe(false);
  });

  it('makes the bed names one tab stop, and the arrow keys move between beds', () => {
    const root = calendarDom();
    fixCalendarMarkup(root);
    const [a, b, c] = bedCells(root);
    expect([a, b, c].map((cell) => cell!.tabIndex)).toEqual([0, -1, -1]);
    // The room cells are not stops.
    expect(root.querySelector<HTMLElement>('td[rowspan]')!.hasAttribute('tabindex')).toBe(false);

    expect(bedCellKey(root, a!, 'ArrowDown')).toBe(b);
    expect(bedCellKey(root, b!, 'ArrowUp')).toBe(a);
    expect(bedCellKey(root, a!, 'End')).toBe(c);
    expect(bedCellKey(root, c!, 'Home')).toBe(a);
    // Past either end, and other keys or targets, keep their usual meaning.
    expect(bedCellKey(root, a!, 'ArrowUp')).toBeNull();
    expect(bedCellKey(root, c!, 'ArrowDown')).toBeNull();
    expect(bedCellKey(root, a!, 'Enter')).toBeNull();
    expect(bedCellKey(root, root.querySelector('.tomari-bar'), 'ArrowDown')).toBeNull();

    focusBedCell(root, c!);
    expect(document.activeElement).toBe(c);
    expect([a, b, c].map((cell) => cell!.tabIndex)).toEqual([-1, -1, 0]);
    // Drawn again (a month switch), the bed last visited stays the stop.
    fixCalendarMarkup(root);
    expect([a, b, c].map((cell) => cell!.tabIndex)).toEqual([-1, -1, 0]);
  });
});
