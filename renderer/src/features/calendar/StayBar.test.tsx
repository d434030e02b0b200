// @vitest-environment jsdom
import { ThemeProvider } from '@mui/material/styles';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeStay } from '../../../../shared/rules/test-fixtures';
import { theme } from '../../app/theme';
import '../../i18n/i18n';
import { StayBar } from './StayBar';

afterEach(cleanup);

function renderBar(onOpen = vi.fn(), over = {}) {
  const stay = makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-15', ...over });
  render(
    <ThemeProvider theme={theme}>
      <StayBar stay={stay} name="佐藤 花子" onOpen={onOpen} />
    </ThemeProvider>,
  );
  return onOpen;
}

describe('a stay on the calendar', () => {
  it('says its kind and status in words, not by colour alone', () => {
    renderBar(vi.fn(), { kind: 'emergency', status: 'tentative' });
    const bar = screen.getByRole('button', { name: /緊急・仮予約：佐藤 花子/ });
    expect(bar.textContent).toContain('緊急');
    expect(bar.textContent).toContain('仮');
  });

  it('opens the stay panel from the keyboard with Enter or Space', async () => {
    const onOpen = renderBar();
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('calendar-stay-s1');
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onOpen).toHaveBeenCalledTimes(2);
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
});
