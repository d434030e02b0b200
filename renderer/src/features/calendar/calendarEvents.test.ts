import { describe, expect, it } from 'vitest';
import { makeBed, makeBlock, makeStay } from '../../../../shared/rules/test-fixtures';
import { bedResources, blockEvents, isoDateOf, stayEvents } from './calendarEvents';

describe('bedResources', () => {
  it('shows only active beds, grouped by their room', () => {
    const beds = [
      makeBed({ id: 'a', room: '101号室' }),
      makeBed({ id: 'b', active: false }),
      makeBed({ id: 'c' }),
    ];
    expect(bedResources(beds, '部屋なし').map((r) => [r.id, r.room])).toEqual([
      ['a', '101号室'],
      ['c', '部屋なし'],
    ]);
  });
});

const words = () => ({ name: '佐藤 花子', label: '体験・確定：佐藤 花子' });

describe('stayEvents', () => {
  it('draws the nights of a stay: its departure date is the exclusive end', () => {
    const [event] = stayEvents(
      [makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-15' })],
      words,
    );
    expect(event).toMatchObject({ start: '2026-05-12', end: '2026-05-15', resourceId: 'b1' });
  });

  it('draws a same-day departure faintly on its one day, marked as holding no night', () => {
    const [event] = stayEvents(
      [makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-12', status: 'completed' })],
      words,
    );
    expect(event).toMatchObject({ start: '2026-05-12', end: '2026-05-13' });
    expect(event?.classNames).toContain('tomari-same-day');
    expect(event).toMatchObject({ startEditable: false, durationEditable: false });
  });

  it('leaves out cancelled and bumped stays, which hold no night', () => {
    const stays = [
      makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-15', status: 'cancelled' }),
      makeStay({ id: 's2', start: '2026-05-12', end: '2026-05-15', status: 'bumped' }),
      makeStay({ id: 's3', start: '2026-05-12', end: '2026-05-15', status: 'tentative' }),
    ];
    expect(stayEvents(stays, words).map((e) => e.id)).toEqual(['s3']);
  });

  it.each([
    ['tentative', true, true],
    ['confirmed', true, true],
    ['in_stay', false, true],
    ['completed', false, false],
  ] as const)('lets a %s stay move its start: %s, its end: %s', (status, start, duration) => {
    const [event] = stayEvents(
      [makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-15', status })],
      words,
    );
    expect([event?.startEditable, event?.durationEditable]).toEqual([start, duration]);
  });

  it('carries the words of its bar, worked out beforehand', () => {
    const [event] = stayEvents(
      [makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-15' })],
      words,
    );
    expect(event?.extendedProps).toMatchObject({
      type: 'stay',
      name: '佐藤 花子',
      label: '体験・確定：佐藤 花子',
    });
  });

  it('marks kind and status in class names for styling', () => {
    const [event] = stayEvents(
      [makeStay({ id: 's1', start: '2026-05-12', end: '2026-05-15', kind: 'emergency' })],
      words,
    );
    expect(event?.classNames).toEqual(
      expect.arrayContaining(['tomari-stay-emergency', 'tomari-status-confirmed']),
    );
  });
});

describe('blockEvents', () => {
  it('draws a block as a background period carrying its reason', () => {
    const [event] = blockEvents(
      [makeBlock({ start: '2026-05-12', end: '2026-05-14' })],
      (reason) => `休止：${reason}`,
    );
    expect(event).toMatchObject({ display: 'background', title: '修理', resourceId: 'b1' });
    expect(event?.extendedProps).toMatchObject({ type: 'block', label: '休止：修理' });
  });
});

describe('isoDateOf', () => {
  it('reads the UTC date of a calendar date', () => {
    expect(isoDateOf(new Date(Date.UTC(2026, 4, 12)))).toBe('2026-05-12');
  });
});
