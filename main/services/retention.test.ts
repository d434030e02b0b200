/**
 * 保存期間 through the dispatcher: who is listed, what an erase removes (everything keyed to the
 * person, nothing of anyone else), that it is refused inside the period, that a crash part-way
 * or a restore from an older backup still ends with the person wholly gone, and what stays of
 * them in the audit trail and the past months' paperwork (docs/retention.md).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person, Stay } from '../../shared/domain/schemas';
import {
  bedInput,
  createFixture,
  japanNoon,
  personInput,
  testStoreKind,
  type Fixture,
} from '../testing/fixture';

let f: Fixture;
let bed: Bed;

beforeEach(async () => {
  f = await createFixture('2019-04-01');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
});
afterEach(() => f.dispose());

function at(date: string) {
  f.clock.now = japanNoon(date);
}

const noMeals = { breakfast: false, lunch: false, dinner: false };

/**
 * A stay lived through: booked, checked in with goals, a training record and a day's facts,
 * 職員所見, checked out. The clock is left on the departure day.
 */
async function livedStay(
  person: Person,
  start: string,
  end: string,
  onBed: Bed = bed,
): Promise<Stay> {
  at(start);
  const created = await f.answer('stays.create', {
    draft: {
      personId: person.id,
      bedId: onBed.id,
      kind: 'experience',
      start,
      end,
      status: 'confirmed',
      note: `${person.familyName}さんの送迎メモ`,
    },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error.violations));
  const stay = created.value as Stay;
  await f.call('stays.checkIn', { id: stay.id });
  await f.call('stays.saveGoals', { stayId: stay.id, goals: { cooking: '味噌汁を作る' } });
  await f.call('training.save', {
    record: { stayId: stay.id, date: start, domain: 'cooking', level: 3, activity: '味噌汁' },
  });
  await f.call('stays.saveDay', {
    stayId: stay.id,
    date: start,
    meals: { ...noMeals, dinner: true },
    pickup: true,
    dropoff: false,
    note: '家族が送ってきた',
  });
  await f.call('stays.saveComment', { stayId: stay.id, text: '落ち着いて過ごした。' });
  at(end);
  return f.call('stays.checkOut', { id: stay.id });
}

/** A person with a stay in FY2019 and one in FY2020 (two year files of each kind), last out 2020-04-12. */
async function formerGuest(): Promise<{ person: Person; stays: Stay[] }> {
  at('2019-04-01');
  const person = await f.call('persons.save', {
    person: personInput({
      familyName: '消去',
      givenName: '対象',
      registration: { status: 'registered', registeredOn: '2019-04-01' },
      authorizations: [
        { from: '2019-04-01', to: '2020-03-31', daysPerMonth: 10 },
        { from: '2020-04-01', to: '2020-04-12', daysPerMonth: 10 },
      ],
    }),
  });
  const stays = [
    await livedStay(person, '2019-12-10', '2019-12-12'),
    await livedStay(person, '2020-04-10', '2020-04-12'),
  ];
  return { person, stays };
}

/** Another guest, whose records an erase must not touch (authorised into 2021). */
async function otherGuest(): Promise<{ person: Person; stay: Stay }> {
  at('2019-04-01');
  const person = await f.call('persons.save', {
    person: personInput({
      familyName: '残留',
      givenName: '花子',
      familyNameKana: 'ざんりゅう',
      givenNameKana: 'はなこ',
      registration: { status: 'registered', registeredOn: '2019-04-01' },
      authorizations: [{ from: '2020-04-01', to: '2021-03-31', daysPerMonth: 10 }],
    }),
  });
  const other = await f.call('beds.save', { bed: bedInput('B-1', 2) });
  return { person, stay: await livedStay(person, '2020-04-11', '2020-04-13', other) };
}

/** Every stay of the tests is in one of these fiscal years (a listed range is at most a year). */
const YEARS = [
  { from: '2019-04-01', to: '2020-03-31' },
  { from: '2020-04-01', to: '2021-03-31' },
];

/** What Tomari answers about the person everywhere a screen looks. */
async function traces(person: Person, stays: readonly Stay[]) {
  const found: string[] = [];
  const persons = await f.call('persons.search', {});
  if (persons.some((p) => p.id === person.id)) found.push('persons.search');
  const names = await f.call('persons.names', {});
  if (names.some((p) => p.id === person.id)) found.push('persons.names');
  if ((await f.answer('persons.get', { id: person.id })).ok) found.push('persons.get');
  for (const range of YEARS) {
    const listed = await f.call('stays.list', range);
    if (listed.some((s) => s.personId === person.id)) found.push(`stays.list ${range.from}`);
  }
  for (const stay of stays) {
    if ((await f.answer('stays.get', { id: stay.id })).ok) found.push(`stays.get ${stay.start}`);
    const training = await f.answer('training.list', { stayId: stay.id });
    if (training.ok) found.push(`training.list ${stay.start}`);
  }
  // Nor does any stored record name them or their stays (a training year a crash or a restore
  // left behind would, with no stay to reach it by); the audit trail names them by id, by design.
  for (const [where, text] of Object.entries(await f.storedData())) {
    if (where.startsWith('audit')) continue;
    for (const id of [person.id, ...stays.map((s) => s.id)]) {
      if (text.includes(id)) found.push(`${where} ${id === person.id ? 'person' : 'stay'}`);
    }
  }
  return found;
}

describe('retention.list', () => {
  it('lists a person from the day after the fifth anniversary of their last stay, not before', async () => {
    const { person } = await formerGuest();
    at('2025-04-12');
    expect((await f.call('retention.list', {})).persons).toEqual([]);
    at('2025-04-13');
    const list = await f.call('retention.list', {});
    expect(list.persons).toEqual([
      expect.objectContaining({
        id: person.id,
        familyName: '消去',
        basis: 'stay',
        basisDate: '2020-04-12',
        keptUntil: '2025-04-12',
        stays: 2,
      }),
    ]);
    expect(list).toMatchObject({
      today: '2025-04-13',
      retentionYears: 5,
      backups: { kept: 14, intervalDays: 1 },
    });
  });

  it('counts a person never booked from their registration, and keeps one with a stay still to come', async () => {
    at('2019-04-01');
    const never = await f.call('persons.save', {
      person: personInput({
        familyName: '未利用',
        registration: { status: 'registered', registeredOn: '2019-05-01' },
        authorizations: [],
      }),
    });
    const booked = await f.call('persons.save', {
      person: personInput({
        familyName: '予約',
        authorizations: [{ from: '2025-07-01', to: '2025-07-03', daysPerMonth: 10 }],
      }),
    });
    at('2025-06-01');
    await f.call('stays.create', {
      draft: {
        personId: booked.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2025-07-01',
        end: '2025-07-03',
        status: 'tentative',
      },
    });
    const rows = (await f.call('retention.list', {})).persons;
    expect(rows.map((r) => [r.id, r.basis, r.keptUntil])).toEqual([
      [never.id, 'registration', '2024-05-01'],
    ]);
  });
});

describe('retention.erase', () => {
  it('removes the person and everything keyed to them, and nothing of anyone else', async () => {
    const { person, stays } = await formerGuest();
    const other = await otherGuest();
    expect(await traces(person, stays)).not.toEqual([]);
    at('2025-04-13');
    const preview = await f.call('retention.preview', { personId: person.id });
    expect(preview).toEqual({
      personId: person.id,
      familyName: '消去',
      givenName: '対象',
      keptUntil: '2025-04-12',
      ended: true,
      counts: { stays: 2, trainingRecords: 2, days: 2, goals: 2, staffComments: 2 },
    });

    const erased = await f.call('retention.erase', { personId: person.id });
    expect(erased).toEqual({ personId: person.id, counts: preview.counts });
    expect(await traces(person, stays)).toEqual([]);
    expect((await f.call('retention.list', {})).persons.map((p) => p.id)).toEqual([]);

    // The other guest keeps every record.
    expect(await f.call('persons.get', { id: other.person.id })).toEqual(other.person);
    expect(await f.call('training.list', { stayId: other.stay.id })).toHaveLength(1);
    expect((await f.call('stays.days', { stayId: other.stay.id })).days[0]?.saved).toMatchObject({
      note: '家族が送ってきた',
    });

    // And so it stays after a restart (it was written, not just forgotten in memory).
    await f.restart();
    expect(await traces(person, stays)).toEqual([]);
    expect(await f.call('persons.get', { id: other.person.id })).toEqual(other.person);
    for (const [where, text] of Object.entries(await f.storedData())) {
      expect(text, where).not.toContain('消去さんの送迎メモ');
    }
  });

  it('is signed in the audit trail by who and when, naming the person by id only; older entries stay', async () => {
    const { person, stays } = await formerGuest();
    at('2025-04-13');
    await f.call('retention.erase', { personId: person.id });
    const [entry] = await f.call('audit.list', {
      from: '2025-04-13',
      to: '2025-04-13',
      action: 'person.erase',
    });
    expect(entry).toMatchObject({
      at: japanNoon('2025-04-13').toISOString(),
      actor: f.manager?.id,
      actorName: '試験 管理者',
      action: 'person.erase',
      entity: 'person',
      entityId: person.id,
      facts: {
        keptUntil: '2025-04-12',
        stays: 2,
        trainingRecords: 2,
        days: 2,
        stayIds: stays.map((s) => s.id).join(' '),
      },
    });
    expect(JSON.stringify(entry)).not.toContain('消去');
    // The trail before the erase is kept whole: who did what stays on record, by id, and the
    // viewer's person filter still finds the entries of their erased stays and records.
    const ofPerson = await f.call('audit.list', {
      from: '2019-04-01',
      to: '2025-04-13',
      personId: person.id,
    });
    const actions = ofPerson.map((e) => e.action);
    expect(actions[0]).toBe('person.erase');
    expect(actions.at(-1)).toBe('person.create');
    expect(actions).toEqual(
      expect.arrayContaining(['stay.create', 'stay.checkIn', 'training.create', 'stay.checkOut']),
    );
    expect(ofPerson.filter((e) => e.entityId === stays[0]!.id).length).toBeGreaterThan(0);
    expect(JSON.stringify(ofPerson)).not.toContain('消去');
  });

  it('refuses a person inside their period, on its very last day, and erases nothing', async () => {
    const { person, stays } = await formerGuest();
    at('2025-04-12');
    const answer = await f.answer('retention.erase', { personId: person.id });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'RETENTION_NOT_ENDED',
        keptUntil: '2025-04-12',
        message:
          'この方の記録は2025年4月12日(土)まで保存期間中のため、消去できません。何も消去していません。',
      },
    });
    expect(await traces(person, stays)).toContain('persons.get');
    expect(await f.call('training.list', { stayId: stays[0]!.id })).toHaveLength(1);
  });

  it('refuses a person with a stay to come, whatever their old stays', async () => {
    const { person } = await formerGuest();
    at('2026-01-10');
    await f.call('persons.save', {
      person: {
        ...person,
        authorizations: [{ from: '2026-02-01', to: '2026-02-03', daysPerMonth: 10 }],
      },
    });
    await f.call('stays.create', {
      draft: {
        personId: person.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2026-02-01',
        end: '2026-02-03',
        status: 'tentative',
      },
    });
    const answer = await f.answer('retention.erase', { personId: person.id });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'RETENTION_NOT_ENDED', keptUntil: '2031-02-03' },
    });
  });

  it('is the manager’s alone', async () => {
    const { person } = await formerGuest();
    at('2025-04-13');
    for (const role of ['desk', 'care'] as const) {
      const member = await f.addStaff([role]);
      const as = f.as(await f.signIn(member.staff.id, member.secret));
      for (const [channel, input] of [
        ['retention.erase', { personId: person.id }],
        ['retention.list', {}],
        ['persons.disclosure', { personId: person.id }],
      ] as const) {
        const answer = await as.answer(channel, input);
        expect(answer.ok ? 'ok' : answer.error.code, `${role} ${channel}`).toBe('FORBIDDEN');
      }
    }
    expect((await f.call('persons.get', { id: person.id })).id).toBe(person.id);
  });

  it('leaves the past months’ paperwork without the person, and the reports still add up', async () => {
    const { person } = await formerGuest();
    const other = await otherGuest();
    at('2025-04-13');
    const before = await f.call('records.monthAll', { month: '2020-04' });
    expect(before.map((r) => r.person.id).sort()).toEqual([person.id, other.person.id].sort());
    await f.call('retention.erase', { personId: person.id });
    const after = await f.call('records.monthAll', { month: '2020-04' });
    expect(after.map((r) => r.person.id)).toEqual([other.person.id]);
    const year = await f.call('reports.experience', { fiscalYear: 2020 });
    expect(JSON.stringify(year)).not.toContain(person.id);
  });
});

/** The folder's data files (not the audit trail), by name, as bytes. */
async function dataFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await readdir(dir)) {
    if (/^(master|stays-\d+|training-\d+)\.json$/.test(name)) {
      files.set(name, await readFile(join(dir, name)));
    }
  }
  return files;
}

/** The order an erase puts its files in place: training years, stays years, the master file. */
function eraseOrder(names: readonly string[]): string[] {
  const rank = (name: string) =>
    name.startsWith('training-') ? 0 : name.startsWith('stays-') ? 1 : 2;
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

// The embedded store puts an erase's files in place one by one; the PostgreSQL store writes it in
// one database transaction, which the server makes all or nothing (and has no backups to restore).
describe.skipIf(testStoreKind() === 'postgres')('an erase cut off (embedded store)', () => {
  it('is finished at the next start, after a crash between any two of its files', async () => {
    const { person, stays } = await formerGuest();
    const other = await otherGuest();
    at('2025-04-13');
    // As on disk once each change is in place (that follows its answer, docs/storage.md).
    await f.runtime.whenIdle();
    const before = await dataFiles(f.dataDir);
    await f.call('retention.erase', { personId: person.id });
    await f.runtime.whenIdle();
    const after = await dataFiles(f.dataDir);
    const audit = await readFile(join(f.dataDir, 'audit.jsonl'));
    const changed = eraseOrder(
      [...after.keys()].filter((name) => !after.get(name)!.equals(before.get(name)!)),
    );
    // Two training years, two stays years and the master file.
    expect(changed).toHaveLength(5);
    for (let inPlace = 0; inPlace <= changed.length; inPlace++) {
      // The crash: the audit entry written, the first `inPlace` files renamed, the rest not.
      for (const [i, name] of changed.entries()) {
        await writeFile(join(f.dataDir, name), (i < inPlace ? after : before).get(name)!);
      }
      await writeFile(join(f.dataDir, 'audit.jsonl'), audit);
      await f.restart();
      expect(await traces(person, stays), `${inPlace} files in place`).toEqual([]);
      expect(await f.call('training.list', { stayId: other.stay.id })).toHaveLength(1);
      const finished = await f.call('audit.list', {
        from: '2025-04-13',
        to: '2025-04-13',
        action: 'person.eraseFinished',
      });
      expect(finished.map((e) => e.entityId)).toEqual(inPlace < changed.length ? [person.id] : []);
    }
  });

  it('is carried through again when a restore brings back a file from before it', async () => {
    const { person, stays } = await formerGuest();
    const other = await otherGuest();
    // The next day's start makes a backup that holds the person.
    at('2025-04-13');
    await f.restart();
    at('2025-04-14');
    await f.call('retention.erase', { personId: person.id });
    // Every training year and the 2019 stays year are damaged; the backup gives them back.
    const names = [...(await dataFiles(f.dataDir)).keys()];
    for (const name of names.filter((n) => /^(training-\d+|stays-2019)\.json$/.test(n))) {
      await writeFile(join(f.dataDir, name), 'not json');
    }
    await f.restart();
    const restored = await f.as(undefined).call('storage.restoreBackup', {});
    expect(restored.ok).toBe(true);
    expect(await traces(person, stays)).toEqual([]);
    expect(await f.call('training.list', { stayId: other.stay.id })).toHaveLength(1);
  });
});

describe('persons.disclosure (本人開示)', () => {
  it('gives every kind of record Tomari holds on the person, and nothing of anyone else', async () => {
    const { person, stays } = await formerGuest();
    const other = await otherGuest();
    at('2021-01-05');
    const copy = await f.call('persons.disclosure', { personId: person.id });
    expect(copy.person).toEqual(await f.call('persons.get', { id: person.id }));
    expect(copy.madeAt).toBe(japanNoon('2021-01-05').toISOString());
    expect(copy.stays.map((s) => s.id).sort()).toEqual(stays.map((s) => s.id).sort());
    // Goals, 職員所見 and the booking note ride on the stays.
    for (const stay of copy.stays) {
      expect(stay.goals).toEqual({ cooking: '味噌汁を作る' });
      expect(stay.staffComment?.text).toBe('落ち着いて過ごした。');
      expect(stay.note).toBe('消去さんの送迎メモ');
    }
    expect(copy.trainingRecords.map((r) => [r.date, r.activity])).toEqual([
      ['2019-12-10', '味噌汁'],
      ['2020-04-10', '味噌汁'],
    ]);
    expect(copy.days.map((d) => [d.date, d.note])).toEqual([
      ['2019-12-10', '家族が送ってきた'],
      ['2020-04-10', '家族が送ってきた'],
    ]);
    // The trail about them, their stays and their records, oldest first, with who acted.
    const actions = copy.audit.map((e) => e.action);
    expect(actions[0]).toBe('person.create');
    expect(actions).toEqual(
      expect.arrayContaining([
        'stay.create',
        'stay.checkIn',
        'stay.goals',
        'training.create',
        'stay.checkOut',
      ]),
    );
    expect(copy.audit.map((e) => e.at)).toEqual(copy.audit.map((e) => e.at).sort());
    expect(copy.staffNames).toEqual({ [f.manager!.id]: '試験 管理者' });
    const text = JSON.stringify(copy);
    for (const id of [other.person.id, other.stay.id]) expect(text).not.toContain(id);
    expect(text).not.toContain('残留');
  });
});
