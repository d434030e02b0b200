import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStored } from '../storage/test-fixtures';
import type { Bed, Person, Stay } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';
import { bookStay, stayHappened } from '../testing/stays';

let f: Fixture;
let bed: Bed;
let person: Person;
let stay: Stay;

const noMeals = { breakfast: false, lunch: false, dinner: false };

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  person = await f.call('persons.save', { person: personInput() });
  stay = await bookStay(f, person.id, bed.id, '2026-05-10', '2026-05-13');
});
afterEach(() => f.dispose());

describe('stays.days', () => {
  it('lists every day of use with the defaults of its kind until one is saved', async () => {
    const { days, addOn } = await f.call('stays.days', { stayId: stay.id });
    expect(days.map((d) => [d.date, d.status, d.facts.pickup, d.facts.dropoff, d.saved])).toEqual([
      ['2026-05-10', 'arrival', true, false, null],
      ['2026-05-11', 'stay', false, false, null],
      ['2026-05-12', 'stay', false, false, null],
      ['2026-05-13', 'departure', false, true, null],
    ]);
    expect(days[0]!.facts.meals).toEqual({ breakfast: false, lunch: false, dinner: true });
    expect(addOn).toBeNull();
  });

  it('follows the defaults in the settings', async () => {
    const settings = await f.call('settings.get', {});
    await f.call('settings.update', {
      dayDefaults: {
        ...settings.dayDefaults,
        arrival: {
          meals: { breakfast: false, lunch: true, dinner: true },
          pickup: false,
          dropoff: false,
        },
      },
    });
    const { days } = await f.call('stays.days', { stayId: stay.id });
    expect(days[0]!.facts).toEqual({
      meals: { breakfast: false, lunch: true, dinner: true },
      pickup: false,
      dropoff: false,
    });
  });

  it('counts the emergency add-on of an emergency stay', async () => {
    const other = await f.call('persons.save', { person: personInput({ givenName: '次郎' }) });
    const bed2 = await f.call('beds.save', { bed: bedInput('A-2', 2) });
    const emergency = await bookStay(f, other.id, bed2.id, '2026-05-08', '2026-05-17', 'emergency');
    const { days, addOn } = await f.call('stays.days', { stayId: emergency.id });
    expect(addOn).toEqual({ days: 7, daysSoFar: 5, limit: 7, daysBeyond: 3, extended: false });
    expect(
      days
        .filter((d) => d.emergencyAddOn)
        .map((d) => d.date)
        .at(-1),
    ).toBe('2026-05-14');
  });

  it('has no days for a cancelled stay', async () => {
    await f.call('stays.cancel', { id: stay.id, reason: '本人の体調不良' });
    expect((await f.call('stays.days', { stayId: stay.id })).days).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown stay', async () => {
    expect(await f.answer('stays.days', { stayId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('stays.saveDay', () => {
  const day = (date: string, over: Record<string, unknown> = {}) => ({
    stayId: stay.id,
    date,
    meals: { breakfast: false, lunch: false, dinner: false },
    pickup: false,
    dropoff: false,
    ...over,
  });

  it('records a day’s facts, signed by who saved them, and shows them on the stay', async () => {
    const saved = await f.call(
      'stays.saveDay',
      day('2026-05-10', {
        note: '家族が送ってきた',
        daytimeElsewhere: false,
        meals: { ...noMeals, dinner: true },
      }),
    );
    expect(saved).toMatchObject({
      stayId: stay.id,
      date: '2026-05-10',
      recordedBy: f.manager?.id,
      pickup: false,
    });
    const { days } = await f.call('stays.days', { stayId: stay.id });
    expect(days[0]!.saved?.id).toBe(saved.id);
    expect(days[0]!.facts).toEqual({
      meals: { ...noMeals, dinner: true },
      pickup: false,
      dropoff: false,
      daytimeElsewhere: false,
      note: '家族が送ってきた',
    });
    expect(days[1]!.saved).toBeNull();
  });

  it('keeps the earlier version when a day is corrected, and adds none for the same facts', async () => {
    const first = await f.call('stays.saveDay', day('2026-05-11'));
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    const second = await f.call(
      'stays.saveDay',
      day('2026-05-11', { meals: { ...noMeals, lunch: true } }),
    );
    expect(second.id).toBe(first.id);
    expect(second.history).toEqual([
      expect.objectContaining({ meals: noMeals, at: first.createdAt, recordedBy: f.manager?.id }),
    ]);
    const again = await f.call(
      'stays.saveDay',
      day('2026-05-11', { meals: { ...noMeals, lunch: true } }),
    );
    expect(again.history).toHaveLength(1);
    expect(again.updatedAt).toBe(second.updatedAt);
  });

  it.each([
    ['the day before the arrival', '2026-05-09'],
    ['the day after the departure', '2026-05-14'],
  ])('refuses %s with INVALID_INPUT and saves nothing', async (_what, date) => {
    const answer = await f.answer('stays.saveDay', day(date));
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['date'],
            code: 'DATE_OUTSIDE_STAY',
            details: { start: '2026-05-10', end: '2026-05-13' },
          },
        ],
      },
    });
    expect(
      (await f.call('stays.days', { stayId: stay.id })).days.every((d) => d.saved === null),
    ).toBe(true);
  });

  it('accepts the arrival and the departure day', async () => {
    await f.call('stays.saveDay', day('2026-05-10'));
    await f.call('stays.saveDay', day('2026-05-13'));
    const { days } = await f.call('stays.days', { stayId: stay.id });
    expect(days.filter((d) => d.saved).map((d) => d.date)).toEqual(['2026-05-10', '2026-05-13']);
  });

  it('refuses a cancelled stay as a training record is refused (STAY_NOT_HELD)', async () => {
    await f.call('stays.cancel', { id: stay.id, reason: '取消' });
    expect(await f.answer('stays.saveDay', day('2026-05-10'))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['stayId'], code: 'STAY_NOT_HELD' }] },
    });
  });

  it.each([
    ['no meals', { meals: undefined }],
    [
      'a meal that is not a yes or no',
      { meals: { breakfast: 'はい', lunch: false, dinner: false } },
    ],
    ['an unknown meal', { meals: { ...noMeals, snack: true } }],
    ['a note over 200 characters', { note: 'あ'.repeat(201) }],
    ['a date that does not exist', { date: '2026-02-30' }],
    ['an unknown field', { mood: 'good' }],
  ])('refuses %s with INVALID_INPUT', async (_what, over) => {
    const answer = await f.answer('stays.saveDay', day('2026-05-10', over));
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers NOT_FOUND for an unknown stay', async () => {
    expect(await f.answer('stays.saveDay', { ...day('2026-05-10'), stayId: 'nope' })).toMatchObject(
      {
        ok: false,
        error: { code: 'NOT_FOUND' },
      },
    );
  });

  it('files each day in the fiscal year of its date and keeps it across a restart', async () => {
    const other = await f.call('persons.save', {
      person: personInput({
        givenName: '三郎',
        authorizations: [{ from: '2025-04-01', to: '2027-03-31' }],
      }),
    });
    const bed2 = await f.call('beds.save', { bed: bedInput('A-2', 2) });
    f.clock.now = new Date('2026-03-30T12:00:00+09:00');
    const across = await bookStay(f, other.id, bed2.id, '2026-03-30', '2026-04-02');
    await stayHappened(f, across);
    await f.call('stays.saveDay', { ...day('2026-03-31'), stayId: across.id, note: '年度末' });
    await f.call('stays.saveDay', { ...day('2026-04-01'), stayId: across.id, note: '年度初め' });
    await f.restart();
    const { days } = await f.call('stays.days', { stayId: across.id });
    expect(days.map((d) => d.facts.note ?? null)).toEqual([null, '年度末', '年度初め', null]);
    // The fiscal-year files are the embedded store's own layout; a database has one table.
    if (f.store !== 'embedded') return;
    const year = async (fy: number) =>
      JSON.parse(await readStored(f.dataDir, `training-${fy}.json`)) as {
        days: { date: string }[];
      };
    expect((await year(2025)).days.map((d) => d.date)).toEqual(['2026-03-31']);
    expect((await year(2026)).days.map((d) => d.date)).toEqual(['2026-04-01']);
  });

  it('writes the date and the fields changed to the audit trail, never the note', async () => {
    await f.call('stays.saveDay', day('2026-05-12', { note: '発熱のため夕食なし' }));
    const history = await f.call('stays.history', { id: stay.id });
    expect(history[0]).toMatchObject({ action: 'stay.day.create', facts: { date: '2026-05-12' } });
    expect(JSON.stringify(history)).not.toContain('発熱');
    expect(await f.storedAudit()).not.toContain('発熱');
  });
});
