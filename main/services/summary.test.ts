import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let bed: Bed;
let taro: Person;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  taro = await f.call('persons.save', { person: personInput() });
});
afterEach(() => f.dispose());

function stayOn(start: string, end: string) {
  return f.call('stays.create', {
    draft: {
      personId: taro.id,
      bedId: bed.id,
      kind: 'experience',
      start,
      end,
      status: 'confirmed',
    },
  });
}

describe('the stay summary', () => {
  it('gives the person, the bed, days used, fiscal-year usage, goals and first → last per domain', async () => {
    await f.call('settings.update', { facilityName: 'とまり荘' });
    const stay = await stayOn('2026-05-12', '2026-05-16');
    await f.call('stays.saveGoals', { stayId: stay.id, goals: { cooking: '炊飯' } });
    for (const [date, level] of [
      ['2026-05-12', 3],
      ['2026-05-14', 2],
    ] as const) {
      await f.call('training.save', {
        record: { stayId: stay.id, date, domain: 'cooking', level },
      });
    }
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary.facilityName).toBe('とまり荘');
    expect(summary.person.certificateNumber).toMatch(/^\d{10}$/);
    expect(summary.person.certificateNumber).toBe(taro.certificateNumber);
    expect(summary.daysUsed).toBe(5);
    expect(summary.fiscalYearUsage).toMatchObject({ fiscalYear: 2026, experienceDays: 5, cap: 30 });
    expect(summary.goals).toEqual({ cooking: '炊飯' });
    expect(summary.progress['cooking']).toEqual({ first: 3, last: 2 });
  });

  it('names facility-added domains', async () => {
    await f.call('settings.update', { extraTrainingDomains: [{ id: 'bath', label: '入浴' }] });
    const stay = await stayOn('2026-05-12', '2026-05-14');
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary.domains.at(-1)).toBe('bath');
    expect(summary.domainLabels).toEqual({ bath: '入浴' });
  });
});

describe("a month's summaries", () => {
  it('gives every stay that ended in the month, by departure date', async () => {
    const april = await stayOn('2026-04-27', '2026-05-02');
    const may = await stayOn('2026-05-20', '2026-05-23');
    const mayEnd = await stayOn('2026-05-28', '2026-05-31');
    await stayOn('2026-05-31', '2026-06-02');
    const month = await f.call('summary.month', { month: '2026-05' });
    expect(month.map((s) => s.stay.id)).toEqual([april.id, may.id, mayEnd.id]);
  });

  it('leaves out a cancelled stay without records and keeps one with records', async () => {
    const empty = await stayOn('2026-05-20', '2026-05-23');
    const recorded = await stayOn('2026-05-12', '2026-05-14');
    await f.call('training.save', {
      record: { stayId: recorded.id, date: '2026-05-12', domain: 'money', level: 2 },
    });
    await f.call('stays.cancel', { id: empty.id, reason: '体調不良' });
    await f.call('stays.cancel', { id: recorded.id, reason: '体調不良' });
    const month = await f.call('summary.month', { month: '2026-05' });
    expect(month.map((s) => [s.stay.id, s.stay.status])).toEqual([[recorded.id, 'cancelled']]);
  });

  it('refuses a month that is not YYYY-MM', async () => {
    const answer = await f.answer('summary.month', { month: '2026-13' });
    expect(answer.ok ? null : answer.error.code).toBe('INVALID_INPUT');
  });
});

describe('printing through the app', () => {
  it('answers NOT_SUPPORTED where there is no printer (the browser host)', async () => {
    for (const channel of ['print.preview', 'print.savePdf']) {
      const answer = await f.answer(channel, { route: '/print/summary/abc' });
      expect(answer.ok ? null : answer.error.code).toBe('NOT_SUPPORTED');
    }
  });

  it('refuses a route that is not a print page', async () => {
    const answer = await f.answer('print.preview', { route: 'https://example.com/' });
    expect(answer.ok ? null : answer.error.code).toBe('INVALID_INPUT');
  });
});
