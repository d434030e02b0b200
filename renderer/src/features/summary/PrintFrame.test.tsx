// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n/i18n';
import { PrintFrame, type PrintSource } from './PrintFrame';

afterEach(cleanup);

const source = (state: 'pending' | 'success' | 'error', refetch = vi.fn()): PrintSource => ({
  isSuccess: state === 'success',
  isError: state === 'error',
  error: state === 'error' ? new Error('offline') : null,
  refetch,
});

function renderFrame(sources: PrintSource[], onScreen?: () => string) {
  const paper = vi.fn(() => <p>the paper</p>);
  render(
    <MemoryRouter>
      <PrintFrame sources={sources} label="the label" onScreen={onScreen}>
        {paper}
      </PrintFrame>
    </MemoryRouter>,
  );
  return paper;
}

describe('the frame of a printed page', () => {
  it('shows loading, and never draws the paper, while any source is still on its way', () => {
    const paper = renderFrame([source('success'), source('pending')], () => 'checks');
    expect(screen.getByRole('status').textContent).toContain(i18n.t('common.loading'));
    expect(paper).not.toHaveBeenCalled();
    expect(document.querySelector('[data-print-ready]')).toBeNull();
    expect(screen.queryByText('checks')).toBeNull();
  });

  it('shows the first failed source with a retry that asks that source again', () => {
    const refetch = vi.fn();
    const paper = renderFrame([source('pending'), source('error', refetch), source('success')]);
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: i18n.t('common.retry') }));
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(paper).not.toHaveBeenCalled();
  });

  it('draws the paper inside the printer’s marker, and the on-screen part outside it, once all are in', () => {
    renderFrame([source('success'), source('success')], () => 'checks');
    const marker = document.querySelector('[data-print-ready]');
    expect(marker?.getAttribute('aria-label')).toBe('the label');
    expect(marker?.textContent).toBe('the paper');
    const checks = screen.getByText('checks');
    expect(marker?.contains(checks)).toBe(false);
    expect(checks.closest('.no-print')).not.toBeNull();
  });
});
