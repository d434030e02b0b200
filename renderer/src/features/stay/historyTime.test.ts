import { describe, expect, it } from 'vitest';
import { japanDateAndTime } from './historyTime';

describe('japanDateAndTime', () => {
  it('reads an instant in Japan time, crossing midnight from UTC', () => {
    expect(japanDateAndTime('2026-05-11T15:30:00.000Z')).toEqual({
      date: '2026-05-12',
      time: '00:30',
    });
  });
});
