// @vitest-environment jsdom
import { render as renderNode } from '@fullcalendar/core/preact';
import { ThemeProvider } from '@mui/material/styles';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { useLayoutEffect, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Stay } from '../../../../shared/domain/schemas';
import { makeStay } from '../../../../shared/rules/test-fixtures';
import { theme } from '../../app/theme';
import { loadLanguage } from '../../i18n/i18n';
import { calendarTexts } from './calendarTexts';
import { StayBarTooltip } from './StayBarTooltip';
import { stayBarNode } from './stayBarNode';
import { useStayBarEvents } from './useStayBarEvents';

const texts = calendarTexts(i18n.t, 'ja');

afterEach(cleanup);

/** A bar as the calendar draws it (FullCalendar's own renderer) with the calendar's handlers. */
function OneBar({ stay, onOpen }: { stay: Stay; onOpen: (stayId: string) => void }) {
  const barsRef = useRef<HTMLDivElement>(null);
  const { tip, closeTip } = useStayBarEvents(barsRef, onOpen);
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const name = '佐藤 花子';
    const label = texts.stayLabel(stay, name, '101-A');
    if (slot.current) renderNode(stayBarNode({ type: 'stay', stay, name, label }), slot.current);
  }, [stay]);
  return (
    <ThemeProvider theme={theme}>
      <div ref={barsRef}>
        <div ref={slot} />
      </div>
      {tip && (
        <StayBarTooltip
          id={tip.id}
          anchor={tip.anchor}
          stay={stay}
          name="佐藤 花子"
          onClose={closeTip}
        />
      )}
    </ThemeProvider>
  );
}

function renderBar(onOpen = vi.fn(), over = {}) {
  const stay = makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-15', ...over });
  render(<OneBar stay={stay} onOpen={onOpen} />);
  return onOpen;
}

describe('a stay on the calendar', () => {
  it('shows the guest, and says kind and status in words, not by colour alone', () => {
    renderBar(vi.fn(), { kind: 'emergency', status: 'tentative' });
    const bar = screen.getByRole('button', { name: /^佐藤 花子：緊急・仮予約、/ });
    // The name is all the bar writes: kind and status are its icon and outline, and words.
    expect(bar.textContent).toBe('佐藤 花子');
  });

  it('names its own guest, kind, status, bed and dates, also beside bars of the same kind', async () => {
    const stay = {
      kind: 'experience',
      status: 'confirmed',
      start: '2026-12-03',
      end: '2026-12-06',
    } as const;
    expect(texts.stayLabel(stay, '佐藤 花子', '101-A')).toBe(
      '佐藤 花子：体験・確定、101-A、12月3日〜12月6日（詳細を開く）',
    );
    expect(texts.stayLabel(stay, '鈴木 一郎', '102-B')).toContain('鈴木 一郎');
    expect(texts.stayLabel(stay, '鈴木 一郎', '102-B')).not.toContain('佐藤');
    await loadLanguage('en');
    const english = calendarTexts(i18n.getFixedT('en'), 'en');
    expect(english.stayLabel({ ...stay, status: 'in_stay' }, 'Sato Hanako', '101-A')).toBe(
      'Sato Hanako: Experience, Staying, 101-A, 12/3 to 12/6 (open details)',
    );
  });

  it('opens the stay panel from the keyboard with Enter or Space, and with a click', async () => {
    const onOpen = renderBar();
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('calendar-stay-s1');
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    await user.click(screen.getByTestId('calendar-stay-s1'));
    expect(onOpen).toHaveBeenCalledTimes(3);
    expect(onOpen).toHaveBeenCalledWith('s1');
  });

  it('shows guest, dates, days and the note on hover', async () => {
    renderBar(vi.fn(), { note: '送迎あり' });
    const user = userEvent.setup();
    await user.hover(screen.getByTestId('calendar-stay-s1'));
    const tip = await screen.findByTestId('stay-tooltip');
    expect(tip.textContent).toContain('佐藤 花子');
    expect(tip.textContent).toContain('2026年5月12日(火)');
    expect(tip.textContent).toContain('3泊4日');
    expect(tip.textContent).toContain('送迎あり');
  });

  it('shows its tooltip on keyboard focus, described by it, and hides it on leaving', async () => {
    renderBar();
    const user = userEvent.setup();
    await user.tab();
    const bar = screen.getByTestId('calendar-stay-s1');
    const tip = await screen.findByTestId('stay-tooltip');
    expect(bar.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(bar.getAttribute('aria-describedby') ?? '')).toContain(tip);
    await user.tab();
    expect(screen.queryByTestId('stay-tooltip')).toBeNull();
    expect(bar.hasAttribute('aria-describedby')).toBe(false);
  });
});
