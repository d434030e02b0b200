/**
 * Arrivals and departures at the desk, through the real services on a temp folder: check-in
 * and its same-day undo, check-out (early, on the day, on the arrival day) and moving a planned
 * departure, each refusal with its own code and nothing half-written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person, Stay, StayDraft } from '../../shared/domain/schemas';
import { bedInput, createFixture, japanNoon, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let bed: Bed;
let taro: Person;
let hanako: Person;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  taro = await f.call('persons.save', { person: personInput() });
  hanako = await f.call('persons.save', {
    person: personInput({
      givenName: '花子',
      givenNameKana: 'はなこ',
      certificateNumber: '2234567890',
    }),
  });
});
afterEach(() => f.dispose());

async function book(start: string, end: string, over: Partial<StayDraft> = {}): Promise<Stay> {
  return f.call('stays.create', {
    draft: {
      personId: taro.id,
      bedId: bed.id,
      kind: 'experience',
      start,
      end,
      status: 'confirmed',
      ...over,
    },
  });
}

async function codeOf(channel: string, input: unknown): Promise<string> {
  const answer = await f.answer(channel, input);
  return answer.ok ? 'ok' : answer.error.code;
}

async function errorOf(channel: string, input: unknown) {
  const answer = await f.answer(channel, input);
  if (answer.ok) throw new Error(`${channel} was accepted`);
  return answer.error;
}

const get = (id: string) => f.call('stays.get', { id });
const actions = async (id: string) =>
  (await f.call('stays.history', { id })).map((e) => e.action).reverse();
const bedFreeFor = async (start: string, end: string) =>
  (
    await f.call('stays.check', {
      draft: { personId: hanako.id, bedId: bed.id, kind: 'experience', start, end },
    })
  ).violations.map((v) => v.code);

describe('checking in', () => {
  it('records when and from what the guest was checked in', async () => {
    const stay = await book('2026-05-12', '2026-05-15', { status: 'tentative' });
    const inStay = await f.call('stays.checkIn', { id: stay.id });
    expect(inStay).toMatchObject({
      status: 'in_stay',
      checkedIn: { at: f.clock.now.toISOString(), from: 'tentative' },
    });
  });

  it('refuses tomorrow’s arrival with CHECK_IN_TOO_EARLY and the arrival date', async () => {
    const stay = await book('2026-05-13', '2026-05-15');
    const error = await errorOf('stays.checkIn', { id: stay.id });
    expect(error).toMatchObject({ code: 'CHECK_IN_TOO_EARLY', start: '2026-05-13' });
    expect((await get(stay.id)).status).toBe('confirmed');
  });

  it('refuses on the departure date with CHECK_IN_TOO_LATE', async () => {
    const stay = await book('2026-05-10', '2026-05-12');
    expect(await codeOf('stays.checkIn', { id: stay.id })).toBe('CHECK_IN_TOO_LATE');
  });

  it('refuses a cancelled booking with INVALID_TRANSITION naming both statuses', async () => {
    const stay = await book('2026-05-12', '2026-05-15');
    await f.call('stays.cancel', { id: stay.id, reason: '体調不良' });
    const error = await errorOf('stays.checkIn', { id: stay.id });
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', from: 'cancelled', to: 'in_stay' });
  });
});

describe('undoing a mistaken check-in', () => {
  it('puts the booking back as it was, the same day, and keeps both steps in the history', async () => {
    const stay = await book('2026-05-12', '2026-05-15', { status: 'tentative' });
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = new Date('2026-05-12T14:50:00.000Z'); // 23:50 in Japan, still the 12th
    const undone = await f.call('stays.undoCheckIn', { id: stay.id });
    expect(undone.status).toBe('tentative');
    expect(undone.checkedIn).toBeUndefined();
    expect(await get(stay.id)).toEqual(undone);
    expect(await actions(stay.id)).toEqual(['stay.create', 'stay.checkIn', 'stay.undoCheckIn']);
    const [last] = await f.call('stays.history', { id: stay.id });
    expect(last?.facts).toEqual({ from: 'in_stay', to: 'tentative' });
  });

  it('refuses after midnight in Japan with CHECK_IN_UNDO_TOO_LATE, leaving the guest in', async () => {
    const stay = await book('2026-05-12', '2026-05-15');
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = new Date('2026-05-12T15:00:00.000Z'); // 00:00 on the 13th in Japan
    const error = await errorOf('stays.undoCheckIn', { id: stay.id });
    expect(error).toMatchObject({ code: 'CHECK_IN_UNDO_TOO_LATE', checkedInOn: '2026-05-12' });
    expect((await get(stay.id)).status).toBe('in_stay');
  });

  it('refuses a stay that is not in the facility', async () => {
    const stay = await book('2026-05-12', '2026-05-15');
    expect(await codeOf('stays.undoCheckIn', { id: stay.id })).toBe('INVALID_TRANSITION');
    expect(await codeOf('stays.undoCheckIn', { id: 'nope' })).toBe('NOT_FOUND');
  });
});

describe('checking out', () => {
  it('on the booked departure date completes the stay as booked', async () => {
    const stay = await book('2026-05-10', '2026-05-12', { status: 'confirmed' });
    f.clock.now = japanNoon('2026-05-10');
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = japanNoon('2026-05-12');
    const done = await f.call('stays.checkOut', { id: stay.id });
    expect(done).toMatchObject({ status: 'completed', start: '2026-05-10', end: '2026-05-12' });
    expect(done.originalEnd).toBeUndefined();
    expect(await actions(stay.id)).toContain('stay.checkOut');
  });

  it('early, today, frees the remaining nights and keeps the booked departure', async () => {
    const stay = await book('2026-05-10', '2026-05-16');
    f.clock.now = japanNoon('2026-05-10');
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = japanNoon('2026-05-12');
    const done = await f.call('stays.checkOut', { id: stay.id });
    expect(done).toMatchObject({
      status: 'completed',
      end: '2026-05-12',
      originalEnd: '2026-05-16',
    });
    expect(await bedFreeFor('2026-05-12', '2026-05-16')).toEqual([]);
    expect(await actions(stay.id)).toContain('stay.checkOutEarly');
  });

  it('records a departure of an earlier day that was not recorded then', async () => {
    const stay = await book('2026-05-10', '2026-05-16');
    f.clock.now = japanNoon('2026-05-10');
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = japanNoon('2026-05-12');
    const done = await f.call('stays.checkOut', { id: stay.id, date: '2026-05-11' });
    expect(done).toMatchObject({ end: '2026-05-11', originalEnd: '2026-05-16' });
  });

  it('refuses a departure still to come with CHECK_OUT_IN_FUTURE: the guest stays in', async () => {
    const stay = await book('2026-05-12', '2026-05-16');
    await f.call('stays.checkIn', { id: stay.id });
    const error = await errorOf('stays.checkOut', { id: stay.id, date: '2026-05-14' });
    expect(error).toMatchObject({ code: 'CHECK_OUT_IN_FUTURE', date: '2026-05-14' });
    expect(await get(stay.id)).toMatchObject({ status: 'in_stay', end: '2026-05-16' });
  });

  it('refuses a date before the arrival and one after the booked departure', async () => {
    const stay = await book('2026-05-10', '2026-05-11');
    f.clock.now = japanNoon('2026-05-10');
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = japanNoon('2026-05-12');
    expect(await codeOf('stays.checkOut', { id: stay.id, date: '2026-05-09' })).toBe(
      'CHECK_OUT_BEFORE_ARRIVAL',
    );
    const late = await errorOf('stays.checkOut', { id: stay.id });
    expect(late).toMatchObject({ code: 'CHECK_OUT_AFTER_END', end: '2026-05-11' });
    expect((await get(stay.id)).status).toBe('in_stay');
  });
});

describe('a guest sent home on the day of arrival', () => {
  it('is checked out that day: one day of use, no night, the bed free tonight', async () => {
    const stay = await book('2026-05-12', '2026-05-15');
    await f.call('stays.checkIn', { id: stay.id });
    const done = await f.call('stays.checkOut', { id: stay.id });
    expect(done).toMatchObject({
      status: 'completed',
      start: '2026-05-12',
      end: '2026-05-12',
      originalEnd: '2026-05-15',
    });
    expect(await actions(stay.id)).toContain('stay.checkOutSameDay');
    // Tonight's bed is free again for anyone, the day counts once for the person.
    expect(await bedFreeFor('2026-05-12', '2026-05-13')).toEqual([]);
    expect(await f.call('usage.get', { personId: taro.id })).toMatchObject({ experienceDays: 1 });
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary.daysUsed).toBe(1);
    // Still listed for the day, so the desk and the records see it.
    const listed = await f.call('stays.list', { from: '2026-05-12', to: '2026-05-12' });
    expect(listed.map((s) => s.id)).toEqual([stay.id]);
    const tonight = await f.call('training.tonight', {});
    expect(tonight.map((g) => g.stay.id)).toEqual([stay.id]);
  });

  it('keeps the bed open to a closure that night', async () => {
    const stay = await book('2026-05-12', '2026-05-15');
    await f.call('stays.checkIn', { id: stay.id });
    await f.call('stays.checkOut', { id: stay.id });
    const block = await f.call('beds.block', {
      bedId: bed.id,
      start: '2026-05-12',
      end: '2026-05-14',
      reason: '消毒',
    });
    expect(block.bedId).toBe(bed.id);
  });

  it('survives a restart (the file keeps a stay whose end is its start)', async () => {
    const stay = await book('2026-05-12', '2026-05-15');
    await f.call('stays.checkIn', { id: stay.id });
    const done = await f.call('stays.checkOut', { id: stay.id });
    await f.restart();
    expect(await get(stay.id)).toEqual(done);
  });
});

describe('moving the planned departure of a guest in the facility', () => {
  it('earlier: the stay ends sooner but the guest stays in the facility until then', async () => {
    const stay = await book('2026-05-12', '2026-05-18');
    await f.call('stays.checkIn', { id: stay.id });
    const moved = await f.call('stays.update', { id: stay.id, changes: { end: '2026-05-14' } });
    expect(moved).toMatchObject({ status: 'in_stay', end: '2026-05-14' });
    expect(moved.originalEnd).toBeUndefined();
    expect(await bedFreeFor('2026-05-14', '2026-05-18')).toEqual([]);
    const inFacility = await f.call('stays.list', { from: '2026-05-12', to: '2026-05-12' });
    expect(inFacility.filter((s) => s.status === 'in_stay').map((s) => s.id)).toEqual([stay.id]);
  });

  it('refuses a departure before today with DEPARTURE_IN_PAST', async () => {
    const stay = await book('2026-05-10', '2026-05-16');
    f.clock.now = japanNoon('2026-05-10');
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = japanNoon('2026-05-12');
    expect(await codeOf('stays.update', { id: stay.id, changes: { end: '2026-05-11' } })).toBe(
      'DEPARTURE_IN_PAST',
    );
    expect((await get(stay.id)).end).toBe('2026-05-16');
  });

  it('refuses a departure on the arrival date: that is a check-out (INVALID_DATES)', async () => {
    const stay = await book('2026-05-12', '2026-05-18');
    await f.call('stays.checkIn', { id: stay.id });
    const error = await errorOf('stays.update', { id: stay.id, changes: { end: '2026-05-12' } });
    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.violations?.map((v) => v.code)).toEqual(['INVALID_DATES']);
  });
});
