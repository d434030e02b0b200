/**
 * Stays that really happened, for service tests of the month's paperwork: the clock is moved to
 * the arrival to check the guest in and to the departure to check them out, then set back.
 */
import type { Stay, StayKind } from '../../shared/domain/schemas';
import { japanNoon, type Fixture } from './fixture';

export async function bookStay(
  f: Fixture,
  personId: string,
  bedId: string,
  start: string,
  end: string,
  kind: StayKind = 'experience',
): Promise<Stay> {
  return f.call('stays.create', {
    draft: { personId, bedId, kind, start, end, status: 'confirmed' },
  });
}

/** A stay checked in on its arrival date and, unless `stillIn`, checked out on its departure. */
export async function stayHappened(
  f: Fixture,
  stay: Stay,
  options: { stillIn?: boolean } = {},
): Promise<Stay> {
  const now = f.clock.now;
  try {
    f.clock.now = japanNoon(stay.start);
    let current = await f.call('stays.checkIn', { id: stay.id });
    if (!options.stillIn) {
      f.clock.now = japanNoon(stay.end);
      current = await f.call('stays.checkOut', { id: stay.id, date: stay.end });
    }
    return current;
  } finally {
    f.clock.now = now;
  }
}
