// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/i18n';
import { LevelButtons } from './LevelButtons';

afterEach(cleanup);

describe('the support level buttons', () => {
  it('show each level as its number and its word', () => {
    render(<LevelButtons value={null} onChange={() => undefined} label="調理" />);
    for (const name of ['1 自立', '2 見守り', '3 一部介助', '4 全介助']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('mark the chosen level as pressed, not by colour alone', () => {
    render(<LevelButtons value={2} onChange={() => undefined} label="調理" />);
    expect(screen.getByRole('button', { name: '2 見守り' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: '1 自立' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
  });

  it('choose a level with the keys 1 to 4 while focused, and ignore other keys', async () => {
    const onChange = vi.fn();
    render(<LevelButtons value={null} onChange={onChange} label="調理" />);
    screen.getByRole('button', { name: '1 自立' }).focus();
    await userEvent.keyboard('3');
    await userEvent.keyboard('5');
    await userEvent.keyboard('a');
    expect(onChange.mock.calls).toEqual([[3]]);
  });

  it('choose a level with a click', async () => {
    const onChange = vi.fn();
    render(<LevelButtons value={null} onChange={onChange} label="調理" />);
    await userEvent.click(screen.getByRole('button', { name: '4 全介助' }));
    expect(onChange).toHaveBeenCalledWith(4);
  });
});
