import { describe, expect, it } from 'vitest';
import type { Stay } from '../../../../shared/domain/schemas';
import { datesFrom } from '../../lib/calendar';
import { bedRowSegments, personIdsOf } from './weekGrid';

const week = datesFrom('2026-05-11', 7);

function stay(id: string, start: string, end: string, changes: Partial<Stay> = {}): Stay {
  return {
    id,
    personId: `p-${id}`,
    bedId: 'b1',
    kind: 'experience',
    start,
    end,
    status: 'confirmed',
    createdAt: '2026-04-01T00:00:00.000Z',
    overrides: [],
    ...changes,
  };
}

function shape(segments: ReturnType<typeof bedRowSegments>): string[] {
  return segments.map((s) => (s.kind === 'free' ? `free ${s.date}` : `${s.stay.id} x${s.nights}`));
}

describe('bedRowSegments', () => {
  it('shows every night free when the bed has no stay', () => {
    expect(shape(bedRowSegments('b1', [], week))).toEqual(week.map((d) => `free ${d}`));
  });

  it('spans a stay over its nights but not its departure day', () => {
    const segments = bedRowSegments('b1', [stay('s1', '2026-05-12', '2026-05-15')], week);

    expect(shape(segments)).toEqual([
      'free 2026-05-11',
      's1 x3',
      'free 2026-05-15',
      'free 2026-05-16',
      'free 2026-05-17',
    ]);
  });

  it('clips stays that start before or end after the week', () => {
    const stays = [stay('s1', '2026-05-05', '2026-05-13'), stay('s2', '2026-05-13', '2026-05-30')];

    expect(shape(bedRowSegments('b1', stays, week))).toEqual(['s1 x2', 's2 x5']);
  });

  it('does not show cancelled or bumped stays as holding the bed', () => {
    const stays = [
      stay('s1', '2026-05-11', '2026-05-13', { status: 'cancelled' }),
      stay('s2', '2026-05-13', '2026-05-15', { status: 'bumped' }),
    ];

    expect(bedRowSegments('b1', stays, week).every((s) => s.kind === 'free')).toBe(true);
  });

  it('ignores stays of other beds', () => {
    const segments = bedRowSegments('b2', [stay('s1', '2026-05-11', '2026-05-18')], week);

    expect(segments.every((s) => s.kind === 'free')).toBe(true);
  });
});

describe('personIdsOf', () => {
  it('lists each person with a holding stay once', () => {
    const stays = [
      stay('a', '2026-05-11', '2026-05-12', { personId: 'p2' }),
      stay('b', '2026-05-12', '2026-05-13', { personId: 'p1' }),
      stay('c', '2026-05-13', '2026-05-14', { personId: 'p2' }),
      stay('d', '2026-05-13', '2026-05-14', { personId: 'p3', status: 'cancelled' }),
    ];

    expect(personIdsOf(stays)).toEqual(['p1', 'p2']);
  });
});
