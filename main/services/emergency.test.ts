import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let beds: Bed[];
let guests: Person[];
let urgent: Person;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  beds = [];
  for (const [i, name] of ['A-1', 'A-2'].entries()) {
    beds.push(await f.call('beds.save', { bed: bedInput(name, i + 1) }));
  }
  guests = [];
  for (const given of ['一郎', '二郎', '三郎']) {
    guests.push(await f.call('persons.save', { person: personInput({ givenName: given }) }));
  }
  urgent = await f.call('persons.save', {
    person: personInput({
      givenName: '緊急',
      registration: { status: 'pending' },
      authorizations: [],
    }),
  });
});
afterEach(() => f.dispose());

async function book(guest: Person, bed: Bed, start: string, end: string) {
  return f.call('stays.create', {
    draft: {
      personId: guest.id,
      bedId: bed.id,
      kind: 'experience',
      start,
      end,
      status: 'confirmed',
    },
  });
}

describe('emergency intake', () => {
  it('takes a free bed without bumping anyone', async () => {
    await book(guests[0]!, beds[0]!, '2026-05-12', '2026-05-16');
    const plan = await f.call('emergency.plan', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-15',
    });
    expect(plan).toMatchObject({ bedId: beds[1]!.id, bumped: [], cutShort: [] });
    expect(plan.violations.map((v) => v.code)).toEqual(
      expect.arrayContaining(['NOT_REGISTERED', 'NO_AUTHORIZATION']),
    );
  });

  it('bumps the experience stay, cuts short the guest in the facility, and lands both in one write', async () => {
    const inFacility = await book(guests[0]!, beds[0]!, '2026-05-10', '2026-05-16');
    await f.call('stays.checkIn', { id: inFacility.id });
    const future = await book(guests[1]!, beds[1]!, '2026-05-13', '2026-05-17');
    const plan = await f.call('emergency.plan', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-15',
    });
    // Cutting a guest short ranks worse than bumping a booking that has not started.
    expect(plan.bedId).toBe(beds[1]!.id);
    expect(plan.bumped).toEqual([future.id]);
    expect(plan.offers[future.id]?.length).toBeGreaterThan(0);
    const result = await f.call('emergency.commit', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-15',
      expect: { bedId: plan.bedId, bumped: plan.bumped },
    });
    expect(result.stay).toMatchObject({
      kind: 'emergency',
      bedId: beds[1]!.id,
      status: 'confirmed',
    });
    expect(result.bumped.map((s) => [s.id, s.status, s.bumpedBy])).toEqual([
      [future.id, 'bumped', result.stay.id],
    ]);
    expect((await f.call('stays.toContact', {})).map((s) => s.id)).toEqual([future.id]);
    await f.call('stays.markContacted', { id: future.id });
    expect(await f.call('stays.toContact', {})).toEqual([]);
  });

  it('re-books a bumped stay from one of its offers', async () => {
    const future = await book(guests[1]!, beds[0]!, '2026-05-13', '2026-05-17');
    await book(guests[2]!, beds[1]!, '2026-05-12', '2026-05-18');
    const plan = await f.call('emergency.plan', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-15',
    });
    await f.call('emergency.commit', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-15',
    });
    const offer = plan.offers[future.id]![0]!;
    const rebooked = await f.call('stays.create', {
      draft: {
        personId: guests[1]!.id,
        bedId: offer.bedId,
        kind: 'experience',
        start: offer.start,
        end: offer.end,
      },
    });
    expect(rebooked.status).toBe('tentative');
  });

  it('answers STALE_PLAN with the new plan when the data changed since the plan was shown', async () => {
    await book(guests[0]!, beds[0]!, '2026-05-12', '2026-05-16');
    const plan = await f.call('emergency.plan', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-15',
    });
    expect(plan.bumped).toEqual([]);
    const latecomer = await book(guests[1]!, beds[1]!, '2026-05-12', '2026-05-14');
    const answer = await f.answer('emergency.commit', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-15',
      expect: { bedId: plan.bedId, bumped: plan.bumped },
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('STALE_PLAN');
    expect(answer.error.plan?.bumped.length).toBe(1);
    expect((await f.call('stays.get', { id: latecomer.id })).status).toBe('confirmed');
  });

  it('answers NO_EMERGENCY_CAPACITY when every bed is held by an emergency stay or blocked', async () => {
    await f.call('stays.create', {
      draft: {
        personId: guests[0]!.id,
        bedId: beds[0]!.id,
        kind: 'emergency',
        start: '2026-05-10',
        end: '2026-05-20',
      },
    });
    await f.call('beds.block', {
      bedId: beds[1]!.id,
      start: '2026-05-01',
      end: '2026-05-31',
      reason: '感染対策',
    });
    for (const channel of ['emergency.plan', 'emergency.commit']) {
      const answer = await f.answer(channel, {
        personId: urgent.id,
        start: '2026-05-12',
        end: '2026-05-15',
      });
      expect(answer.ok ? 'ok' : answer.error.code, channel).toBe('NO_EMERGENCY_CAPACITY');
    }
    expect(await f.call('stays.list', { from: '2026-05-01', to: '2026-05-31' })).toHaveLength(1);
  });
});

describe('an emergency from tomorrow', () => {
  const tomorrow = { start: '2026-05-13', end: '2026-05-16' };

  it('shortens tonight’s arrival to leave on its first day instead of postponing it, in one write', async () => {
    const tonight = await book(guests[0]!, beds[0]!, '2026-05-12', '2026-05-16');
    const inFacility = await book(guests[1]!, beds[1]!, '2026-05-11', '2026-05-17');
    await f.call('stays.checkIn', { id: inFacility.id });
    const plan = await f.call('emergency.plan', { personId: urgent.id, ...tomorrow });
    expect(plan).toMatchObject({
      bedId: beds[0]!.id,
      bumped: [],
      cutShort: [],
      shortened: [{ stayId: tonight.id, newEnd: '2026-05-13' }],
    });
    expect(plan.explanations.map((r) => r.code)).toContain('SHORTENS');

    const result = await f.call('emergency.commit', {
      personId: urgent.id,
      ...tomorrow,
      expect: { bedId: plan.bedId, bumped: [], shortened: [tonight.id] },
    });
    expect(result.bumped).toEqual([]);
    expect(result.shortened).toHaveLength(1);
    const saved = await f.call('stays.get', { id: tonight.id });
    expect(saved).toMatchObject({
      status: 'confirmed',
      start: '2026-05-12',
      end: '2026-05-13',
      originalEnd: '2026-05-16',
      shortenedBy: result.stay.id,
    });
    expect(result.shortened[0]).toEqual(saved);
    const history = await f.call('stays.history', { id: tonight.id });
    expect(history[0]).toMatchObject({ action: 'stay.shorten', facts: { by: result.stay.id } });
    // The guest still arrives tonight, and is not on the list of families to rebook.
    expect((await f.call('stays.checkIn', { id: tonight.id })).status).toBe('in_stay');
    expect(await f.call('stays.toContact', {})).toEqual([]);
  });

  it('refuses with STALE_PLAN when the booking it would shorten changed meanwhile', async () => {
    const tonight = await book(guests[0]!, beds[0]!, '2026-05-12', '2026-05-16');
    await book(guests[1]!, beds[1]!, '2026-05-12', '2026-05-18');
    const plan = await f.call('emergency.plan', { personId: urgent.id, ...tomorrow });
    expect(plan.shortened.map((s) => s.stayId)).toEqual([tonight.id]);
    await f.call('stays.cancel', { id: tonight.id, reason: '体調不良' });
    const answer = await f.answer('emergency.commit', {
      personId: urgent.id,
      ...tomorrow,
      expect: { bedId: plan.bedId, bumped: plan.bumped, shortened: [tonight.id] },
    });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('STALE_PLAN');
    expect((await f.call('stays.get', { id: tonight.id })).end).toBe('2026-05-16');
  });

  it('explains no capacity with codes as well as words', async () => {
    await f.call('beds.save', { bed: { ...beds[0]!, allows: ['experience'] } });
    await f.call('beds.save', { bed: { ...beds[1]!, active: false } });
    const answer = await f.answer('emergency.plan', { personId: urgent.id, ...tomorrow });
    if (answer.ok) throw new Error('planned');
    expect(answer.error.code).toBe('NO_EMERGENCY_CAPACITY');
    expect((answer.error.explanations as { code: string }[]).map((r) => r.code)).toEqual([
      'NO_CAPACITY',
      'BED_NO_EMERGENCY',
      'BED_INACTIVE',
    ]);
  });
});
