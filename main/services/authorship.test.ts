/**
 * Every record is signed by who made it, from their session, never from the input: training
 * records (`recordedBy`, corrections kept with their own authors), the 職員所見, the audit lines
 * (`actor`, `actorName`), and the summary that prints the authors' names. Records written before
 * staff signed in keep their free-text 記録者 as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stay, TrainingRecord } from '../../shared/domain/schemas';
import type { Staff } from '../../shared/domain/staff';
import {
  bedInput,
  createFixture,
  personInput,
  type Fixture,
  type StaffCaller,
} from '../testing/fixture';

let f: Fixture;
let stay: Stay;
let yamamoto: { staff: Staff; as: StaffCaller };
let sasaki: { staff: Staff; as: StaffCaller };

async function signedIn(name: string): Promise<{ staff: Staff; as: StaffCaller }> {
  const { staff, secret } = await f.addStaff(['care'], name);
  return { staff, as: f.as(await f.signIn(staff.id, secret)) };
}

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  const person = await f.call('persons.save', { person: personInput() });
  stay = await f.call('stays.create', {
    draft: {
      personId: person.id,
      bedId: bed.id,
      kind: 'experience',
      start: '2026-05-12',
      end: '2026-05-15',
      status: 'confirmed',
    },
  });
  yamamoto = await signedIn('山本 一');
  sasaki = await signedIn('佐々木 二');
});
afterEach(() => f.dispose());

const cooking = (level: 1 | 2 | 3 | 4, note?: string) => ({
  record: {
    stayId: stay.id,
    date: '2026-05-12',
    domain: 'cooking',
    level,
    ...(note ? { note } : {}),
  },
});

describe('a training record', () => {
  it("is signed by the session's staff member; a staffId or recordedBy sent along is dropped", async () => {
    const saved = await yamamoto.as.call('training.save', {
      record: { ...cooking(3).record, staffId: '誰か', recordedBy: sasaki.staff.id } as never,
    });
    expect(saved.recordedBy).toBe(yamamoto.staff.id);
    expect(saved).not.toHaveProperty('staffId');
  });

  it('keeps the earlier version when corrected: who wrote it, when, and what it said', async () => {
    const first = await yamamoto.as.call('training.save', cooking(3, '手順を説明した'));
    f.clock.now = new Date(f.clock.now.getTime() + 5 * 60_000);
    const corrected = await sasaki.as.call('training.save', cooking(2, '声かけで一人でできた'));
    expect(corrected).toMatchObject({ id: first.id, level: 2, recordedBy: sasaki.staff.id });
    expect(corrected.history).toEqual([
      { level: 3, note: '手順を説明した', recordedBy: yamamoto.staff.id, at: first.createdAt },
    ]);
    // Saved again unchanged by someone else: nothing is rewritten, the author stays.
    const same = await yamamoto.as.call('training.save', cooking(2, '声かけで一人でできた'));
    expect(same).toEqual(corrected);
    const [listed] = await f.call('training.list', { stayId: stay.id });
    expect(listed?.history).toHaveLength(1);
  });

  it('is deleted only by care staff or the manager, and the audit names who', async () => {
    const saved = await yamamoto.as.call('training.save', cooking(3));
    const desk = await f.addStaff(['desk']);
    const deskCaller = f.as(await f.signIn(desk.staff.id, desk.secret));
    expect(await deskCaller.answer('training.delete', { id: saved.id })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    await sasaki.as.call('training.delete', { id: saved.id });
    const trail = await f.call('audit.list', {
      from: '2026-05-12',
      to: '2026-05-12',
      entity: 'training',
    });
    expect(trail.map((e) => [e.action, e.actor, e.actorName])).toEqual([
      ['training.delete', sasaki.staff.id, '佐々木 二'],
      ['training.create', yamamoto.staff.id, '山本 一'],
    ]);
  });

  it('written before staff signed in keeps its free-text 記録者, also in the history once corrected', async () => {
    // A record as the first version of Tomari wrote it: the writer's name typed as staffId.
    const old: TrainingRecord = {
      id: 'old-1',
      stayId: stay.id,
      date: '2026-05-12',
      domain: 'laundry',
      level: 4,
      staffId: '鈴木（手書き）',
      createdAt: '2026-05-12T10:00:00.000Z',
    };
    await f.writeDirectly({ trainingRecords: [old], audit: [] });
    const [listed] = await f.call('training.list', { stayId: stay.id });
    expect(listed).toMatchObject({ staffId: '鈴木（手書き）' });
    expect(listed).not.toHaveProperty('recordedBy');
    const fixed = await sasaki.as.answer('training.save', {
      record: { stayId: stay.id, date: '2026-05-12', domain: 'laundry', level: 3 },
    });
    // The restart ended the carers' sessions; a fresh one signs the correction.
    expect(fixed).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const again = f.as(await f.signIn(sasaki.staff.id, 'himitsu-2'));
    const corrected = await again.call('training.save', {
      record: { stayId: stay.id, date: '2026-05-12', domain: 'laundry', level: 3 },
    });
    expect(corrected).toMatchObject({ recordedBy: sasaki.staff.id });
    expect(corrected).not.toHaveProperty('staffId');
    expect(corrected.history).toEqual([
      { level: 4, staffId: '鈴木（手書き）', at: '2026-05-12T10:00:00.000Z' },
    ]);
  });
});

describe('the printed summary', () => {
  it("names each record's author, retired staff and old free-text authors included", async () => {
    await yamamoto.as.call('training.save', cooking(3));
    await sasaki.as.call('stays.saveComment', { stayId: stay.id, text: '落ち着いていた。' });
    await f.call('staff.save', { staff: { ...yamamoto.staff, active: false } });
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary.records[0]?.recordedBy).toBe(yamamoto.staff.id);
    expect(summary.authors).toEqual({ [yamamoto.staff.id]: '山本 一' });
    expect(summary.stay.staffComment?.author).toEqual({ id: sasaki.staff.id, name: '佐々木 二' });
  });
});

describe('a stay', () => {
  it('shows who booked, confirmed, checked in and bumped it, by name, from the audit', async () => {
    const desk = await f.addStaff(['desk'], '受付 三郎');
    const deskCaller = f.as(await f.signIn(desk.staff.id, desk.secret));
    const later = await deskCaller.call('stays.create', {
      draft: {
        personId: stay.personId,
        bedId: stay.bedId,
        kind: 'experience',
        start: '2026-05-20',
        end: '2026-05-22',
      },
    });
    await deskCaller.call('stays.update', { id: later.id, changes: { status: 'confirmed' } });
    await yamamoto.as.call('stays.checkIn', { id: stay.id });
    const urgent = await f.call('persons.save', {
      person: personInput({ givenName: '急', givenNameKana: 'きゅう' }),
    });
    await sasaki.as.call('emergency.commit', {
      personId: urgent.id,
      start: '2026-05-20',
      end: '2026-05-22',
    });
    const history = await f.call('stays.history', { id: later.id });
    expect(history.map((e) => [e.action, e.actorName])).toEqual([
      ['stay.bump', '佐々木 二'],
      ['stay.update', '受付 三郎'],
      ['stay.create', '受付 三郎'],
    ]);
    expect((await f.call('stays.history', { id: stay.id }))[0]).toMatchObject({
      action: 'stay.checkIn',
      actor: yamamoto.staff.id,
      actorName: '山本 一',
    });
  });
});
