import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';
import { bookStay, stayHappened } from '../testing/stays';

let f: Fixture;
let beds: Bed[];
let hanako: Person;
let jiro: Person;

const noMeals = { breakfast: false, lunch: false, dinner: false };

beforeEach(async () => {
  f = await createFixture('2026-06-03');
  beds = [
    await f.call('beds.save', { bed: bedInput('A-1', 1) }),
    await f.call('beds.save', { bed: bedInput('A-2', 2) }),
  ];
  hanako = await f.call('persons.save', {
    person: personInput({
      familyName: '佐藤',
      givenName: '花子',
      familyNameKana: 'さとう',
      givenNameKana: 'はなこ',
    }),
  });
  jiro = await f.call('persons.save', {
    person: personInput({
      familyName: '加藤',
      givenName: '次郎',
      familyNameKana: 'かとう',
      givenNameKana: 'じろう',
    }),
  });
  await f.call('settings.update', { facilityName: 'とまり荘', providerNumber: '1310000001' });
});
afterEach(() => f.dispose());

describe('records.month', () => {
  it('prints a week with the exceptions the desk recorded, and the totals', async () => {
    const stay = await stayHappened(
      f,
      await bookStay(f, hanako.id, beds[0]!.id, '2026-05-04', '2026-05-10'),
    );
    // Came with the family (no 送迎 往); went to her day activity on the 6th; no dinner on the 8th.
    await f.call('stays.saveDay', {
      stayId: stay.id,
      date: '2026-05-04',
      meals: { ...noMeals, dinner: true },
      pickup: false,
      dropoff: false,
      note: '家族の送り',
    });
    await f.call('stays.saveDay', {
      stayId: stay.id,
      date: '2026-05-06',
      meals: { breakfast: true, lunch: false, dinner: true },
      pickup: false,
      dropoff: false,
      daytimeElsewhere: true,
    });
    await f.call('stays.saveDay', {
      stayId: stay.id,
      date: '2026-05-08',
      meals: { breakfast: true, lunch: true, dinner: false },
      pickup: false,
      dropoff: false,
    });

    const record = await f.call('records.month', { personId: hanako.id, month: '2026-05' });
    expect(record.person).toEqual({
      id: hanako.id,
      familyName: '佐藤',
      givenName: '花子',
      familyNameKana: 'さとう',
      givenNameKana: 'はなこ',
      certificateNumber: hanako.certificateNumber,
    });
    expect(record.provider).toEqual({ number: '1310000001', name: 'とまり荘', address: '' });
    expect(record.allowance).toBe(15);
    expect(record.days.map((d) => d.status)).toEqual([
      'arrival',
      'stay',
      'stay',
      'stay',
      'stay',
      'stay',
      'departure',
    ]);
    expect(record.days[0]).toMatchObject({ pickup: false, note: '家族の送り', saved: true });
    expect(record.days[2]).toMatchObject({ daytimeElsewhere: true });
    expect(record.totals).toEqual({
      days: 7,
      pickups: 0,
      dropoffs: 1,
      breakfasts: 6,
      lunches: 5,
      dinners: 5,
      emergencyAddOnDays: 0,
    });
    expect(record.checks).toEqual([]);
  });

  it('reports what looks wrong before printing', async () => {
    await f.call('settings.update', { providerNumber: '' });
    const stay = await stayHappened(
      f,
      await bookStay(f, hanako.id, beds[0]!.id, '2026-05-25', '2026-05-28'),
      { stillIn: true },
    );
    await f.call('stays.saveDay', {
      stayId: stay.id,
      date: '2026-05-26',
      meals: noMeals,
      pickup: false,
      dropoff: false,
    });
    const record = await f.call('records.month', { personId: hanako.id, month: '2026-05' });
    expect(record.checks.map((c) => [c.code, c.details])).toEqual([
      ['NO_PROVIDER_NUMBER', {}],
      ['NO_MEALS', { date: '2026-05-26' }],
      ['IN_STAY_PAST_END', { end: '2026-05-28' }],
    ]);
  });

  it('counts a stay across the month end in each month', async () => {
    await stayHappened(f, await bookStay(f, hanako.id, beds[0]!.id, '2026-05-29', '2026-06-02'));
    const may = await f.call('records.month', { personId: hanako.id, month: '2026-05' });
    const june = await f.call('records.month', { personId: hanako.id, month: '2026-06' });
    expect([may.totals.days, june.totals.days]).toEqual([3, 2]);
  });

  it.each([
    ['a month that does not exist', { month: '2026-13' }],
    ['a date instead of a month', { month: '2026-05-01' }],
    ['no person', { personId: undefined }],
  ])('refuses %s with INVALID_INPUT', async (_what, over) => {
    expect(
      await f.answer('records.month', { personId: hanako.id, month: '2026-05', ...over }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    expect(await f.answer('records.month', { personId: 'nope', month: '2026-05' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('records.monthAll', () => {
  it('gives every guest of the month by kana, and the bookings that were never checked in', async () => {
    await stayHappened(f, await bookStay(f, hanako.id, beds[0]!.id, '2026-05-04', '2026-05-06'));
    await stayHappened(
      f,
      await bookStay(f, jiro.id, beds[1]!.id, '2026-05-10', '2026-05-11', 'emergency'),
    );
    const saburo = await f.call('persons.save', {
      person: personInput({ givenName: '三郎', givenNameKana: 'さぶろう' }),
    });
    f.clock.now = new Date('2026-05-01T12:00:00+09:00');
    const cancelled = await bookStay(f, saburo.id, beds[0]!.id, '2026-05-20', '2026-05-22');
    await f.call('stays.cancel', { id: cancelled.id, reason: '取消' });
    const shiro = await f.call('persons.save', {
      person: personInput({ givenName: '四郎', givenNameKana: 'しろう' }),
    });
    await bookStay(f, shiro.id, beds[1]!.id, '2026-05-25', '2026-05-27');
    f.clock.now = new Date('2026-06-03T12:00:00+09:00');

    const records = await f.call('records.monthAll', { month: '2026-05' });
    expect(
      records.map((r) => [r.person.givenName, r.totals.days, r.totals.emergencyAddOnDays]),
    ).toEqual([
      ['次郎', 2, 2],
      ['花子', 3, 0],
      ['四郎', 0, 0],
    ]);
    expect(records[2]!.checks.map((c) => c.code)).toEqual(['NOT_CHECKED_IN']);
  });

  it('is empty for a month without guests', async () => {
    expect(await f.call('records.monthAll', { month: '2026-01' })).toEqual([]);
  });
});

describe('事業所番号', () => {
  it('is stored as its ten digits, typed full-width or with hyphens', async () => {
    expect(
      (await f.call('settings.update', { providerNumber: '１３１０－０００００２' }))
        .providerNumber,
    ).toBe('1310000002');
    expect((await f.call('settings.get', {})).providerNumber).toBe('1310000002');
  });

  it.each([
    ['nine digits', '131000000'],
    ['eleven digits', '13100000011'],
    ['letters', '13100000AB'],
  ])(
    'refuses %s with INVALID_INPUT and keeps the number on file',
    async (_what, providerNumber) => {
      expect(await f.answer('settings.update', { providerNumber })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      expect((await f.call('settings.get', {})).providerNumber).toBe('1310000001');
    },
  );

  it('can be cleared', async () => {
    expect((await f.call('settings.update', { providerNumber: '' })).providerNumber).toBe('');
  });
});
