import { describe, expect, it } from 'vitest';
import type { Stay } from '../../../../shared/domain/schemas';
import { deskLists } from './deskLists';

function stay(id: string, start: string, end: string, status: Stay['status']): Stay {
  return {
    id,
    personId: `p-${id}`,
    bedId: 'b1',
    kind: 'experience',
    start,
    end,
    status,
    createdAt: '2026-05-01T00:00:00.000Z',
    overrides: [],
  };
}

const TODAY = '2026-05-12';

describe('deskLists', () => {
  const stays = [
    stay('arrives', '2026-05-12', '2026-05-15', 'confirmed'),
    stay('arrived', '2026-05-12', '2026-05-14', 'in_stay'),
    stay('leaves', '2026-05-09', '2026-05-12', 'in_stay'),
    stay('left', '2026-05-08', '2026-05-12', 'completed'),
    stay('tomorrow', '2026-05-13', '2026-05-16', 'tentative'),
    stay('leavesTomorrow', '2026-05-10', '2026-05-13', 'in_stay'),
    stay('bumped', '2026-05-12', '2026-05-14', 'bumped'),
    stay('cancelled', '2026-05-13', '2026-05-14', 'cancelled'),
  ];
  const lists = deskLists(stays, TODAY);
  const ids = (list: Stay[]) => list.map((s) => s.id).sort();

  it("lists today's arrivals, also those already checked in, but not bumped ones", () => {
    expect(ids(lists.arrivalsToday)).toEqual(['arrived', 'arrives']);
  });

  it("lists today's departures: guests to check out and guests already gone", () => {
    expect(ids(lists.departuresToday)).toEqual(['leaves', 'left']);
  });

  it("lists tomorrow's arrivals and departures, leaving out cancelled bookings", () => {
    expect(ids(lists.arrivalsTomorrow)).toEqual(['tomorrow']);
    expect(ids(lists.departuresTomorrow)).toEqual(['leavesTomorrow']);
  });

  it('orders guests arriving the same day by the facility’s bed order', () => {
    const onBed = (id: string, bedId: string) => ({
      ...stay(id, TODAY, '2026-05-14', 'confirmed'),
      bedId,
    });
    const beds = [
      { id: 'zz', order: 1 },
      { id: 'aa', order: 2 },
    ];
    const ordered = deskLists([onBed('second', 'aa'), onBed('first', 'zz')], TODAY, beds);
    expect(ordered.arrivalsToday.map((s) => s.id)).toEqual(['first', 'second']);
  });

  it('lists everyone checked in as in the facility now', () => {
    expect(ids(lists.inFacility)).toEqual(['arrived', 'leaves', 'leavesTomorrow']);
  });
});
