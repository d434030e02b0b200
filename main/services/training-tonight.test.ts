import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let bedA: Bed;
let bedB: Bed;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bedA = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  bedB = await f.call('beds.save', { bed: bedInput('A-2', 2) });
});
afterEach(() => f.dispose());

async function guest(
  givenName: string,
  bedId: string,
  kind: 'emergency' | 'experience',
  start: string,
  end: string,
  status: 'tentative' | 'confirmed' = 'confirmed',
) {
  const person = await f.call('persons.save', { person: personInput({ givenName }) });
  return f.call('stays.create', {
    draft: { personId: person.id, bedId, kind, start, end, status },
  });
}

describe("tonight's guests", () => {
  it('lists the guests in the facility today, experience stays first, with goals and records of the date', async () => {
    const emergency = await guest('一郎', bedA.id, 'emergency', '2026-05-11', '2026-05-14');
    const experience = await guest('二郎', bedB.id, 'experience', '2026-05-12', '2026-05-15');
    await f.call('stays.saveGoals', { stayId: experience.id, goals: { cooking: '炊飯' } });
    await f.call('training.save', {
      record: { stayId: experience.id, date: '2026-05-12', domain: 'cooking', level: 2 },
    });
    await f.call('training.save', {
      record: { stayId: experience.id, date: '2026-05-13', domain: 'cooking', level: 1 },
    });
    const tonight = await f.call('training.tonight', {});
    expect(tonight.map((g) => g.stay.id)).toEqual([experience.id, emergency.id]);
    expect(tonight[0]?.goals).toEqual({ cooking: '炊飯' });
    expect(tonight[0]?.records.map((r) => r.date)).toEqual(['2026-05-12']);
    expect(tonight[0]?.person.givenName).toBe('二郎');
  });

  it('leaves out tentative, cancelled and other-date stays, and takes a date', async () => {
    await guest('三郎', bedA.id, 'experience', '2026-05-12', '2026-05-14', 'tentative');
    const cancelled = await guest('四郎', bedB.id, 'experience', '2026-05-12', '2026-05-14');
    await f.call('stays.cancel', { id: cancelled.id, reason: '家族の都合' });
    const later = await guest('五郎', bedB.id, 'experience', '2026-05-20', '2026-05-22');
    expect(await f.call('training.tonight', {})).toEqual([]);
    const then = await f.call('training.tonight', { date: '2026-05-21' });
    expect(then.map((g) => g.stay.id)).toEqual([later.id]);
  });
});

describe("progress across a person's stays", () => {
  it('gives first, last and average level per domain for each stay with records, oldest first', async () => {
    const person = await f.call('persons.save', { person: personInput() });
    const draft = { personId: person.id, bedId: bedA.id, kind: 'experience' as const };
    const first = await f.call('stays.create', {
      draft: { ...draft, start: '2026-05-12', end: '2026-05-14', status: 'confirmed' },
    });
    const second = await f.call('stays.create', {
      draft: { ...draft, start: '2026-06-01', end: '2026-06-03', status: 'confirmed' },
    });
    await f.call('stays.create', {
      draft: { ...draft, start: '2026-07-01', end: '2026-07-03', status: 'confirmed' },
    });
    const save = (stayId: string, date: string, level: 1 | 2 | 3 | 4) =>
      f.call('training.save', { record: { stayId, date, domain: 'cooking', level } });
    await save(first.id, '2026-05-12', 4);
    await save(first.id, '2026-05-13', 3);
    await save(first.id, '2026-05-14', 3);
    await save(second.id, '2026-06-01', 2);
    await save(second.id, '2026-06-02', 1);
    const progress = await f.call('training.progress', { personId: person.id });
    expect(progress.map((p) => p.stayId)).toEqual([first.id, second.id]);
    expect(progress[0]?.domains['cooking']).toEqual({ first: 4, last: 3, average: 3.3, days: 3 });
    expect(progress[1]?.domains['cooking']).toEqual({ first: 2, last: 1, average: 1.5, days: 2 });
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    const answer = await f.answer('training.progress', { personId: 'nobody' });
    expect(answer.ok ? null : answer.error.code).toBe('NOT_FOUND');
  });
});
