import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person, Stay, TrainingRecord } from '../../shared/domain/schemas';
import { bedInput, createFixture, japanNoon, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let bed: Bed;
let taro: Person;
let stay: Stay;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  taro = await f.call('persons.save', { person: personInput() });
  stay = await f.call('stays.create', {
    draft: {
      personId: taro.id,
      bedId: bed.id,
      kind: 'experience',
      start: '2026-05-12',
      end: '2026-05-16',
      status: 'confirmed',
    },
  });
});
afterEach(() => f.dispose());

function record(overrides: Partial<TrainingRecord> = {}) {
  return {
    stayId: stay.id,
    date: '2026-05-12',
    domain: 'cooking',
    level: 3 as const,
    activity: '味噌汁を作った',
    ...overrides,
  };
}

async function errorOf(channel: string, input: unknown) {
  const answer = await f.answer(channel, input);
  if (answer.ok) throw new Error(`${channel} was accepted`);
  return answer.error;
}

describe('training records', () => {
  it('refuses a record dated before arrival or after departure', async () => {
    for (const date of ['2026-05-11', '2026-05-17']) {
      const error = await errorOf('training.save', { record: record({ date }) });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues?.map((i) => i.code)).toEqual(['DATE_OUTSIDE_STAY']);
    }
    expect(await f.call('training.list', { stayId: stay.id })).toEqual([]);
  });

  it('accepts records on the arrival and the departure day', async () => {
    await f.call('training.save', { record: record({ date: '2026-05-12' }) });
    await f.call('training.save', { record: record({ date: '2026-05-16' }) });
    expect(await f.call('training.list', { stayId: stay.id })).toHaveLength(2);
  });

  it('refuses a support level outside 1 to 4', async () => {
    for (const level of [0, 5]) {
      const error = await errorOf('training.save', { record: { ...record(), level } });
      expect(error.code).toBe('INVALID_INPUT');
    }
  });

  it('refuses a domain the facility does not record, and accepts one it added', async () => {
    const error = await errorOf('training.save', { record: record({ domain: 'gardening' }) });
    expect(error.issues?.map((i) => i.code)).toEqual(['UNKNOWN_DOMAIN']);
    await f.call('settings.update', {
      extraTrainingDomains: [{ id: 'gardening', label: '園芸' }],
    });
    const saved = await f.call('training.save', { record: record({ domain: 'gardening' }) });
    expect(saved.domain).toBe('gardening');
  });

  it('updates the record of the same date and domain instead of duplicating it, keeping the history', async () => {
    const first = await f.call('training.save', {
      record: record({ level: 3, note: '手順を説明した' }),
    });
    f.clock.now = japanNoon('2026-05-13');
    const second = await f.call('training.save', {
      record: record({ level: 2, note: '声かけで一人でできた' }),
    });
    expect(second.id).toBe(first.id);
    expect(second.level).toBe(2);
    expect(second.history).toEqual([
      {
        level: 3,
        activity: '味噌汁を作った',
        note: '手順を説明した',
        recordedBy: f.manager?.id,
        at: first.createdAt,
      },
    ]);
    const third = await f.call('training.save', { record: { ...second, level: 1 } });
    expect(third.history?.map((v) => v.level)).toEqual([3, 2]);
    expect(third.history?.[1]?.at).toBe(second.updatedAt);
    const listed = await f.call('training.list', { stayId: stay.id });
    expect(listed).toHaveLength(1);
    expect(listed[0]?.history).toHaveLength(2);
  });

  it('adds no history when the same content is saved again', async () => {
    await f.call('training.save', { record: record() });
    const again = await f.call('training.save', { record: record() });
    expect(again.history).toBeUndefined();
  });

  it('ignores a history sent by the caller: only the service writes it', async () => {
    const answer = await f.answer('training.save', {
      record: { ...record(), history: [{ level: 4, at: '2026-05-12T00:00:00.000Z' }] },
    });
    expect(answer.ok && (answer.value as TrainingRecord).history).toBeUndefined();
  });

  it('keeps the records of a stay that was bumped, refuses new ones, and the summary shows the status', async () => {
    const later = await f.call('stays.create', {
      draft: {
        personId: taro.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2026-05-20',
        end: '2026-05-23',
        status: 'confirmed',
      },
    });
    await f.call('training.save', {
      record: { stayId: later.id, date: '2026-05-20', domain: 'laundry', level: 2 },
    });
    const other = await f.call('persons.save', {
      person: personInput({ givenName: '花子', givenNameKana: 'はなこ' }),
    });
    const { bumped } = await f.call('emergency.commit', {
      personId: other.id,
      start: '2026-05-19',
      end: '2026-05-22',
    });
    expect(bumped.map((s) => s.id)).toEqual([later.id]);

    expect(await f.call('training.list', { stayId: later.id })).toHaveLength(1);
    const error = await errorOf('training.save', {
      record: { stayId: later.id, date: '2026-05-21', domain: 'laundry', level: 2 },
    });
    expect(error.issues?.map((i) => i.code)).toEqual(['STAY_NOT_HELD']);
    const summary = await f.call('summary.get', { stayId: later.id });
    expect(summary.stay.status).toBe('bumped');
    expect(summary.records).toHaveLength(1);
  });

  it('keeps the records of a cancelled stay and still lets them be corrected', async () => {
    const saved = await f.call('training.save', { record: record() });
    await f.call('stays.cancel', { id: stay.id, reason: '体調不良' });
    const fixed = await f.call('training.save', { record: { ...saved, level: 2 } });
    expect(fixed.history).toHaveLength(1);
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary.stay.status).toBe('cancelled');
    expect(summary.records.map((r) => r.level)).toEqual([2]);
  });
});

describe('goals per stay', () => {
  it('sets goals per domain through stays.saveGoals and shows them in the summary', async () => {
    const updated = await f.call('stays.saveGoals', {
      stayId: stay.id,
      goals: { cooking: 'ご飯を一人で炊く', money: '一週間の予算を守る' },
    });
    expect(updated.goals).toEqual({ cooking: 'ご飯を一人で炊く', money: '一週間の予算を守る' });
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary.goals['cooking']).toBe('ご飯を一人で炊く');
  });

  it('refuses goals for a domain id that is not lower-case ascii', async () => {
    const error = await errorOf('stays.saveGoals', { stayId: stay.id, goals: { 調理: 'x' } });
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe('quick phrases', () => {
  it('offers default phrases per domain and lets the facility edit them', async () => {
    const settings = await f.call('settings.get', {});
    expect(settings.trainingPhrases['cooking']?.length).toBeGreaterThan(0);
    const updated = await f.call('settings.update', {
      trainingPhrases: { ...settings.trainingPhrases, cooking: ['カレーを作った'] },
    });
    expect(updated.trainingPhrases['cooking']).toEqual(['カレーを作った']);
  });

  it('keeps edited phrases and added domains when another setting changes', async () => {
    await f.call('settings.update', {
      trainingPhrases: { cooking: ['カレーを作った'] },
      extraTrainingDomains: [{ id: 'gardening', label: '園芸' }],
    });
    const after = await f.call('settings.update', { facilityName: 'とまり荘' });
    expect(after.trainingPhrases).toEqual({ cooking: ['カレーを作った'] });
    expect(after.extraTrainingDomains).toHaveLength(1);
  });
});
