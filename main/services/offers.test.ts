import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person, Stay } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let bedA: Bed;
let bedB: Bed;
let guest: Person;
let other: Person;
let urgent: Person;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bedA = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  bedB = await f.call('beds.save', { bed: bedInput('A-2', 2) });
  guest = await f.call('persons.save', { person: personInput({ givenName: '一郎' }) });
  other = await f.call('persons.save', { person: personInput({ givenName: '二郎' }) });
  urgent = await f.call('persons.save', {
    person: personInput({ givenName: '緊急', registration: { status: 'pending' } }),
  });
});
afterEach(() => f.dispose());

async function book(person: Person, bed: Bed, start: string, end: string): Promise<Stay> {
  return f.call('stays.create', {
    draft: { personId: person.id, bedId: bed.id, kind: 'experience', start, end },
  });
}

/** Holds both beds on the emergency's nights, one by a booking to bump, and commits. */
async function bumpOne(): Promise<Stay> {
  const bumped = await book(guest, bedA, '2026-05-13', '2026-05-16');
  await book(other, bedB, '2026-05-10', '2026-05-12');
  await f.call('stays.create', {
    draft: {
      personId: other.id,
      bedId: bedB.id,
      kind: 'emergency',
      start: '2026-05-12',
      end: '2026-05-20',
    },
  });
  await f.call('emergency.commit', { personId: urgent.id, start: '2026-05-12', end: '2026-05-15' });
  return bumped;
}

describe('stays.offers', () => {
  it('offers the same number of nights from tomorrow, earliest first, up to three', async () => {
    const bumped = await bumpOne();
    const offers = await f.call('stays.offers', { id: bumped.id });
    expect(offers).toHaveLength(3);
    // Bed A holds the emergency until the 15th and bed B until the 20th: the first free
    // three nights start when bed A is free again.
    expect(offers[0]).toEqual({ bedId: bedA.id, start: '2026-05-15', end: '2026-05-18' });
    expect(offers.map((o) => o.start)).toEqual(['2026-05-15', '2026-05-16', '2026-05-17']);
  });

  it('matches the offers of the plan when nothing changed since the commit', async () => {
    const bumped = await book(guest, bedA, '2026-05-13', '2026-05-16');
    await f.call('stays.create', {
      draft: {
        personId: other.id,
        bedId: bedB.id,
        kind: 'emergency',
        start: '2026-05-12',
        end: '2026-05-20',
      },
    });
    const request = { personId: urgent.id, start: '2026-05-12', end: '2026-05-15' };
    const plan = await f.call('emergency.plan', request);
    await f.call('emergency.commit', request);
    expect(await f.call('stays.offers', { id: bumped.id })).toEqual(plan.offers[bumped.id]);
  });

  it('leaves out dates booked since the bump, so an offer is still bookable now', async () => {
    const bumped = await bumpOne();
    const third = await f.call('persons.save', { person: personInput({ givenName: '三郎' }) });
    await f.call('stays.create', {
      draft: {
        personId: third.id,
        bedId: bedA.id,
        kind: 'emergency',
        start: '2026-05-15',
        end: '2026-05-30',
      },
    });
    const offers = await f.call('stays.offers', { id: bumped.id });
    expect(offers[0]).toEqual({ bedId: bedB.id, start: '2026-05-20', end: '2026-05-23' });
    for (const offer of offers) {
      const { violations } = await f.call('stays.check', {
        draft: { personId: guest.id, kind: 'experience', ...offer },
      });
      expect(violations.filter((v) => v.severity !== 'warning')).toEqual([]);
    }
  });

  it("offers dates from the bumped stay's own start when it was months ahead", async () => {
    // Six months ahead, both beds held on the emergency's nights, one by a booking to bump.
    const bumped = await book(guest, bedA, '2026-11-11', '2026-11-14');
    await f.call('stays.create', {
      draft: {
        personId: other.id,
        bedId: bedB.id,
        kind: 'emergency',
        start: '2026-11-01',
        end: '2026-11-20',
      },
    });
    const { bumped: gone } = await f.call('emergency.commit', {
      personId: urgent.id,
      start: '2026-11-10',
      end: '2026-11-13',
    });
    expect(gone.map((s) => s.id)).toEqual([bumped.id]);
    const offers = await f.call('stays.offers', { id: bumped.id });
    expect(offers).toEqual([
      { bedId: bedA.id, start: '2026-11-13', end: '2026-11-16' },
      { bedId: bedA.id, start: '2026-11-14', end: '2026-11-17' },
      { bedId: bedA.id, start: '2026-11-15', end: '2026-11-18' },
    ]);
  });

  it('refuses a stay that was not bumped', async () => {
    const stay = await book(guest, bedA, '2026-05-20', '2026-05-22');
    const answer = await f.answer('stays.offers', { id: stay.id });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('STAY_NOT_BUMPED');
  });

  it('answers NOT_FOUND for an unknown stay', async () => {
    const answer = await f.answer('stays.offers', { id: 'nope' });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('NOT_FOUND');
  });
});

describe('booking new dates for a bumped family', () => {
  async function rebook(bumped: Stay, start: string, end: string, personId = bumped.personId) {
    return f.answer('stays.create', {
      draft: { personId, bedId: bedA.id, kind: 'experience', start, end, status: 'confirmed' },
      rebookOf: bumped.id,
    });
  }

  it('links the new booking and the bumped stay in one write, which stays to be contacted', async () => {
    const bumped = await bumpOne();
    const [offer] = await f.call('stays.offers', { id: bumped.id });
    if (!offer) throw new Error('no offer');
    const answer = await rebook(bumped, offer.start, offer.end);
    if (!answer.ok) throw new Error(answer.error.code);
    const booked = answer.value as Stay;
    expect(booked.rebookOf).toBe(bumped.id);
    expect(await f.call('stays.get', { id: bumped.id })).toMatchObject({
      status: 'bumped',
      rebookedAs: booked.id,
    });
    // Still on the list until the family is told; the history says it was rebooked.
    expect((await f.call('stays.toContact', {})).map((s) => s.id)).toEqual([bumped.id]);
    const [last] = await f.call('stays.history', { id: bumped.id });
    expect(last).toMatchObject({ action: 'stay.rebook', facts: { as: booked.id } });
  });

  it('refuses a second rebooking of the same family with ALREADY_REBOOKED, writing nothing', async () => {
    const bumped = await bumpOne();
    await rebook(bumped, '2026-05-20', '2026-05-23');
    const second = await rebook(bumped, '2026-05-25', '2026-05-28');
    expect(second.ok ? 'ok' : second.error.code).toBe('ALREADY_REBOOKED');
    const later = await f.call('stays.list', { from: '2026-05-25', to: '2026-05-28' });
    expect(later).toEqual([]);
  });

  it('refuses to rebook a stay that is not bumped, or for another person', async () => {
    const bumped = await bumpOne();
    const booking = await book(other, bedA, '2026-06-01', '2026-06-03');
    const notBumped = await rebook(booking, '2026-06-10', '2026-06-12');
    expect(notBumped.ok ? 'ok' : notBumped.error).toMatchObject({
      code: 'STAY_NOT_BUMPED',
      status: 'tentative',
    });
    const wrongPerson = await rebook(bumped, '2026-05-20', '2026-05-23', other.id);
    expect(wrongPerson.ok ? 'ok' : wrongPerson.error.code).toBe('INVALID_INPUT');
    expect((await f.call('stays.get', { id: bumped.id })).rebookedAs).toBeUndefined();
  });
});
