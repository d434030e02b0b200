/**
 * The audit viewer's channel: a period of Japan days, filters by staff, person, record and kind
 * of action, pages newest first, and the CSV file Excel opens as it is.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person, Stay } from '../../shared/domain/schemas';
import type { Staff } from '../../shared/domain/staff';
import {
  bedInput,
  createFixture,
  personInput,
  type Fixture,
  type StaffCaller,
} from '../testing/fixture';

let f: Fixture;
let taro: Person;
let hanako: Person;
let taroStay: Stay;
let carer: { staff: Staff; as: StaffCaller };

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  taro = await f.call('persons.save', { person: personInput() });
  hanako = await f.call('persons.save', {
    person: personInput({ givenName: '花子', givenNameKana: 'はなこ' }),
  });
  const draft = { bedId: bed.id, kind: 'experience' as const, status: 'confirmed' as const };
  taroStay = await f.call('stays.create', {
    draft: { ...draft, personId: taro.id, start: '2026-05-12', end: '2026-05-14' },
  });
  await f.call('stays.create', {
    draft: { ...draft, personId: hanako.id, start: '2026-05-20', end: '2026-05-22' },
  });
  const added = await f.addStaff(['care'], '夜勤 桜');
  carer = { staff: added.staff, as: f.as(await f.signIn(added.staff.id, added.secret)) };
  await carer.as.call('stays.checkIn', { id: taroStay.id });
  await carer.as.call('training.save', {
    record: { stayId: taroStay.id, date: '2026-05-12', domain: 'cooking', level: 2 },
  });
});
afterEach(() => f.dispose());

const may = { from: '2026-05-01', to: '2026-05-31' };

describe('audit.list', () => {
  it('lists the period newest first, each entry with the staff id and name', async () => {
    const trail = await f.call('audit.list', may);
    expect(trail[0]).toMatchObject({
      action: 'training.create',
      actor: carer.staff.id,
      actorName: '夜勤 桜',
    });
    const times = trail.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(trail.at(-1)?.action).toBe('staff.setup');
  });

  it('takes whole Japan days: an entry at 23:30 in Japan is in that day, not the next', async () => {
    f.clock.now = new Date('2026-05-31T23:30:00+09:00');
    await f.call('beds.save', { bed: bedInput('A-2', 2) });
    f.clock.now = new Date('2026-06-01T00:10:00+09:00');
    await f.call('beds.save', { bed: bedInput('A-3', 3) });
    const lastDay = await f.call('audit.list', {
      from: '2026-05-31',
      to: '2026-05-31',
      action: 'bed',
    });
    expect(lastDay.map((e) => e.action)).toEqual(['bed.create']);
    const june = await f.call('audit.list', {
      from: '2026-06-01',
      to: '2026-06-30',
      action: 'bed',
    });
    expect(june.filter((e) => e.action === 'bed.create')).toHaveLength(1);
  });

  it('filters by staff, by kind of action or its group, and by record', async () => {
    const byCarer = await f.call('audit.list', { ...may, staffId: carer.staff.id });
    expect(byCarer.map((e) => e.action)).toEqual([
      'training.create',
      'stay.checkIn',
      'session.signIn',
    ]);
    const checkIns = await f.call('audit.list', { ...may, action: 'stay.checkIn' });
    expect(checkIns.map((e) => e.entityId)).toEqual([taroStay.id]);
    const stayGroup = await f.call('audit.list', { ...may, action: 'stay' });
    expect(new Set(stayGroup.map((e) => e.action))).toEqual(
      new Set(['stay.checkIn', 'stay.create']),
    );
    const onlyStays = await f.call('audit.list', { ...may, entity: 'stay' });
    expect(onlyStays.every((e) => e.entity === 'stay')).toBe(true);
    const oneStay = await f.call('audit.list', { ...may, entityId: taroStay.id });
    expect(oneStay.map((e) => e.action)).toEqual(['stay.checkIn', 'stay.create']);
  });

  it("filters by person: their record, their stays and their stays' training records", async () => {
    const aboutTaro = await f.call('audit.list', { ...may, personId: taro.id });
    expect(aboutTaro.map((e) => e.action)).toEqual([
      'training.create',
      'stay.checkIn',
      'stay.create',
      'person.create',
    ]);
    const hanakoOnly = await f.call('audit.list', {
      ...may,
      personId: hanako.id,
      entityId: taroStay.id,
    });
    expect(hanakoOnly).toEqual([]);
  });

  it('pages through the trail with offset and limit, and refuses a page size over 500', async () => {
    const all = await f.call('audit.list', may);
    const first = await f.call('audit.list', { ...may, limit: 3 });
    const second = await f.call('audit.list', { ...may, limit: 3, offset: 3 });
    expect([...first, ...second]).toEqual(all.slice(0, 6));
    expect((await f.answer('audit.list', { ...may, limit: 501 })).ok).toBe(false);
  });

  it('is the manager’s: care and desk staff are refused', async () => {
    expect(await carer.as.answer('audit.list', may)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });

  it('never holds a personal value: names, notes and secrets stay out', async () => {
    await f.call('stays.update', { id: taroStay.id, changes: { note: '鍵は母が持参' } });
    const text = JSON.stringify(await f.call('audit.list', may));
    for (const value of ['山田', '太郎', '花子', '鍵は母', 'himitsu', 'kanri']) {
      expect(text).not.toContain(value);
    }
  });
});

describe('audit.csv', () => {
  it('makes a UTF-8 file with a BOM, CRLF lines and a Japanese header, newest first', async () => {
    const { fileName, text, rows } = await f.call('audit.csv', may);
    expect(fileName).toBe('監査ログ_2026-05-01_2026-05-31.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const table = parse(text.slice(1), { relax_column_count: false }) as string[][];
    expect(table[0]).toEqual([
      '日時',
      '職員ID',
      '職員名',
      '操作',
      '対象',
      '対象ID',
      '変更した項目',
      '内容',
    ]);
    expect(table).toHaveLength(rows + 1);
    expect(table[1]).toEqual([
      '2026-05-12 12:00:00',
      carer.staff.id,
      '夜勤 桜',
      'training.create',
      'training',
      expect.any(String),
      expect.any(String),
      `stayId=${taroStay.id} level=2`,
    ]);
  });

  it('applies the same filters as the list', async () => {
    const { rows } = await f.call('audit.csv', { ...may, staffId: carer.staff.id });
    expect(rows).toBe(3);
  });

  it('keeps a name that looks like a formula from running in Excel', async () => {
    const odd = await f.call('staff.save', {
      staff: {
        name: '=HYPERLINK("x")',
        nameKana: 'いこーる',
        roles: ['desk'],
        qualifications: [],
        active: true,
      },
      secret: 'formula-1',
    });
    await f.signIn(odd.id, 'formula-1');
    const { text } = await f.call('audit.csv', { ...may, staffId: odd.id });
    const table = parse(text.slice(1)) as string[][];
    expect(table[1]?.[2]).toBe(`'=HYPERLINK("x")`);
  });
});
