// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { switchLanguage } from '../../i18n/i18n';
import { EmergencyCapacityAlert } from './EmergencyCapacityAlert';
import type { NightShown } from './calendarWindow';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('ja');
});

const night = (date: string, facts: Partial<NightShown>): NightShown => ({
  date,
  freeBeds: 3,
  freeEmergencyBeds: 1,
  noEmergencyBed: false,
  short: false,
  heldBy: [],
  target: 2,
  ...facts,
});

describe('the emergency capacity alert above the calendar', () => {
  it('keeps each list on one line, and the whole list in its text and its title', () => {
    // Every night of a month short: a list far longer than one line.
    const nights = Array.from({ length: 30 }, (_, i) =>
      night(`2026-12-${String(i + 1).padStart(2, '0')}`, { short: i > 0, noEmergencyBed: i === 0 }),
    );
    render(<EmergencyCapacityAlert nights={nights} />);
    for (const id of ['no-emergency-alert', 'short-nights-alert']) {
      const alert = screen.getByTestId(id);
      const message = alert.querySelector('.MuiAlert-message')!;
      expect(getComputedStyle(message).whiteSpace, id).toBe('nowrap');
      expect(getComputedStyle(message).textOverflow, id).toBe('ellipsis');
      expect(alert.getAttribute('title')).toBe(message.textContent);
    }
    const short = screen.getByTestId('short-nights-alert').textContent ?? '';
    expect(short).toContain('12/2');
    expect(short).toContain('12/30');
    expect(screen.getByTestId('no-emergency-alert').textContent).toContain('12/1');
  });

  it('separates the nights as each language writes a list', async () => {
    const nights = [night('2026-12-02', { short: true }), night('2026-12-03', { short: true })];
    render(<EmergencyCapacityAlert nights={nights} />);
    expect(screen.getByTestId('short-nights-alert').textContent).toMatch(/12\/2[^、]*、12\/3/);
    cleanup();
    await switchLanguage('en');
    render(<EmergencyCapacityAlert nights={nights} />);
    const english = screen.getByTestId('short-nights-alert').textContent ?? '';
    expect(english).toMatch(/12\/2, .*12\/3/);
    expect(english).not.toContain('、');
  });

  it('shows nothing when every night has its beds kept free', () => {
    const { container } = render(
      <EmergencyCapacityAlert nights={[night('2026-12-01', {}), night('2026-12-02', {})]} />,
    );
    expect(container.textContent).toBe('');
  });
});
