import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person, StayDraft } from '../../shared/domain/schemas';
import { bedInput, createFixture, japanNoon, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let bedA: Bed;
let bedB: Bed;
let taro: Person;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bedA = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  bedB = await f.call('beds.save', { bed: bedInput('A-2', 2) });
  taro = await f.call('persons.save', { person: personInput() });
});
afterEach(() => f.dispose());

function draft(overrides: Partial<StayDraft> = {}): StayDraft {
  return {
    personId: taro.id,
    bedId: bedA.id,
    kind: 'experience',
    start: '2026-05-12',
    end: '2026-05-15',
    ...overrides,
  };
}

describe('stays.history', () => {
  it('lists what was done to the stay, newest first, with who and when', async () => {
    const stay = await f.call('stays.create', { draft: draft() });
    f.clock.now = japanNoon('2026-05-12');
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    await f.call('stays.update', { id: stay.id, changes: { bedId: bedB.id } });
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    await f.call('stays.checkIn', { id: stay.id });

    const history = await f.call('stays.history', { id: stay.id });
    expect(history.map((e) => e.action)).toEqual(['stay.checkIn', 'stay.update', 'stay.create']);
    // Signed by the session's staff member: their id and their name.
    for (const entry of history) {
      expect(entry).toMatchObject({
        actor: f.manager?.id,
        actorName: '試験 管理者',
        entityId: stay.id,
      });
    }
    expect(history[1]?.fields).toContain('bedId');
    expect(history[0]?.facts).toMatchObject({ from: 'tentative', to: 'in_stay' });
    expect(history[0]!.at > history[2]!.at).toBe(true);
  });

  it("never shows another stay's entries", async () => {
    const mine = await f.call('stays.create', { draft: draft() });
    const other = await f.call('stays.create', {
      draft: draft({ bedId: bedB.id, start: '2026-05-20', end: '2026-05-22' }),
    });
    await f.call('stays.cancel', { id: other.id, reason: '体調不良' });
    const history = await f.call('stays.history', { id: mine.id });
    expect(history.map((e) => e.action)).toEqual(['stay.create']);
  });

  it('keeps the history after a restart (it is read from the audit log on disk)', async () => {
    const stay = await f.call('stays.create', { draft: draft() });
    await f.restart();
    expect((await f.call('stays.history', { id: stay.id })).map((e) => e.action)).toEqual([
      'stay.create',
    ]);
  });

  it('answers NOT_FOUND for a stay that does not exist', async () => {
    const answer = await f.answer('stays.history', { id: 'no-such-stay' });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('NOT_FOUND');
  });

  it('copies no personal data into the history: fields are named, values are not', async () => {
    const stay = await f.call('stays.create', { draft: draft({ note: '秘密のメモ' }) });
    await f.call('stays.update', { id: stay.id, changes: { note: '別の秘密' } });
    const text = JSON.stringify(await f.call('stays.history', { id: stay.id }));
    expect(text).not.toContain('秘密');
    expect(text).not.toContain(taro.familyName);
  });
});
