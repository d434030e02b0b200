import { describe, expect, it, vi } from 'vitest';
import { startAtHome } from './AppRoutes';

function open(hash: string) {
  const history = { state: { idx: 0 }, replaceState: vi.fn() };
  startAtHome({ hash, pathname: '/', search: '' }, history);
  return history.replaceState;
}

describe('a window opened without a route', () => {
  it('is put on the home screen (the calendar) before the router reads the address', () => {
    for (const hash of ['', '#', '#/']) {
      expect(open(hash)).toHaveBeenCalledWith({ idx: 0 }, '', '/#/calendar');
    }
  });

  it('keeps any route it was opened on', () => {
    for (const hash of ['#/persons', '#/print/summary/s1', '#/nowhere']) {
      expect(open(hash)).not.toHaveBeenCalled();
    }
  });
});
