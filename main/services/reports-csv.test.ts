import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';
import { bookStay, stayHappened } from '../testing/stays';
import { defuseFormula } from './reports-csv';

let f: Fixture;
let bed: Bed;
let hanako: Person;

const noMeals = { breakfast: false, lunch: false, dinner: false };
/** A note with everything CSV must quote: a comma, a double quote and a line break. */
const trickyNote = '発熱あり, 母へ連絡\n「様子見」と"念のため"';

beforeEach(async () => {
  f = await createFixture('2026-06-03');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1, { room: '東' }) });
  hanako = await f.call('persons.save', {
    person: personInput({
      familyName: '佐藤',
      givenName: '花子',
      familyNameKana: 'さとう',
      givenNameKana: 'はなこ',
    }),
  });
  const stay = await stayHappened(
    f,
    await bookStay(f, hanako.id, bed.id, '2026-05-29', '2026-06-02'),
  );
  await f.call('stays.saveDay', {
    stayId: stay.id,
    date: '2026-05-30',
    meals: { ...noMeals, breakfast: true },
    pickup: false,
    dropoff: false,
    note: trickyNote,
  });
  await f.call('stays.saveDay', {
    stayId: stay.id,
    date: '2026-05-31',
    meals: noMeals,
    pickup: false,
    dropoff: false,
    note: '=HYPERLINK("x")',
  });
});
afterEach(() => f.dispose());

async function exportCsv(report: string, from: string, to: string) {
  const { fileName, text } = await f.call('reports.csv', { report, from, to } as never);
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  return { fileName, text, rows };
}

describe('reports.csv', () => {
  it('writes the monthly records for Excel: BOM, CRLF, a Japanese header, one row per day of use', async () => {
    const { fileName, text, rows } = await exportCsv('monthly-records', '2026-05-01', '2026-05-31');
    expect(fileName).toBe('実績記録_20260501-20260531.csv');
    expect(text.startsWith('\uFEFF受給者証番号,氏名,ふりがな,日付,曜日,サービス提供の状況,')).toBe(
      true,
    );
    // Every line break that ends a record is CRLF; the one inside the quoted note is the note's own.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*(?:""[^"]*)*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    expect(rows.map((r) => [r['日付'], r['曜日'], r['サービス提供の状況']])).toEqual([
      ['2026-05-29', '金', '入所'],
      ['2026-05-30', '土', '滞在'],
      ['2026-05-31', '日', '滞在'],
    ]);
    expect(rows[0]).toMatchObject({
      受給者証番号: hanako.certificateNumber,
      氏名: '佐藤 花子',
      '送迎（往）': '1',
      '送迎（復）': '0',
      夕食: '1',
    });
    expect(rows[1]).toMatchObject({ 備考: trickyNote, 朝食: '1', 昼食: '0', 夕食: '0' });
  });

  it('never hands Excel a formula', async () => {
    const { rows } = await exportCsv('monthly-records', '2026-05-31', '2026-05-31');
    expect(rows[0]!['備考']).toBe(`'=HYPERLINK("x")`);
    expect(defuseFormula('-1')).toBe("'-1");
    expect(defuseFormula('熱 -1度')).toBe('熱 -1度');
  });

  it('keeps to the period asked for, across a month end', async () => {
    const { rows } = await exportCsv('monthly-records', '2026-05-31', '2026-06-30');
    expect(rows.map((r) => [r['日付'], r['サービス提供の状況']])).toEqual([
      ['2026-05-31', '滞在'],
      ['2026-06-01', '滞在'],
      ['2026-06-02', '退所'],
    ]);
  });

  it('exports occupancy per bed and month', async () => {
    const { rows } = await exportCsv('occupancy', '2026-05-01', '2026-06-30');
    expect(rows).toEqual([
      {
        年月: '2026-05',
        部屋: '東',
        ベッド: 'A-1',
        利用泊数: '3',
        利用可能泊数: '31',
        '稼働率（%）': '9.7',
      },
      {
        年月: '2026-06',
        部屋: '東',
        ベッド: 'A-1',
        利用泊数: '1',
        利用可能泊数: '30',
        '稼働率（%）': '3.3',
      },
    ]);
  });

  it('exports the emergency log and experience usage', async () => {
    const urgent = await f.call('persons.save', { person: personInput({ givenName: '緊急' }) });
    await f.call('emergency.commit', {
      personId: urgent.id,
      start: '2026-06-03',
      end: '2026-06-05',
      intake: {
        reason: 'other',
        reasonText: '自宅の火災',
        requestedAt: '2026-06-03T01:30:00+09:00',
        requestedBy: 'city',
      },
    });
    const emergencies = await exportCsv('emergencies', '2026-04-01', '2027-03-31');
    expect(emergencies.rows).toEqual([
      expect.objectContaining({
        受入開始日: '2026-06-03',
        氏名: '山田 緊急',
        理由: 'その他',
        '理由（その他）': '自宅の火災',
        依頼者: '市町村',
        依頼日時: '2026-06-03 01:30',
        利用日数: '3',
        緊急短期入所受入加算日数: '3',
      }),
    ]);
    const usage = await exportCsv('experience-usage', '2026-04-01', '2027-03-31');
    expect(usage.rows).toEqual([
      expect.objectContaining({
        年度: '2026',
        氏名: '佐藤 花子',
        体験利用日数: '5',
        上限日数: '30',
        残り日数: '25',
      }),
    ]);
  });

  it('exports registrations: every person on file by kana, new ones of the period marked', async () => {
    await f.call('persons.save', {
      person: personInput({
        familyName: '青木',
        givenName: '要',
        familyNameKana: 'あおき',
        givenNameKana: 'かなめ',
        registration: { status: 'pending' },
      }),
    });
    await f.call('persons.save', {
      person: personInput({
        familyName: '渡辺',
        givenName: '旧',
        familyNameKana: 'わたなべ',
        givenNameKana: 'きゅう',
        registration: {
          status: 'registered',
          registeredOn: '2024-05-01',
          reviewDate: '2027-01-15',
        },
      }),
    });
    const { fileName, rows } = await exportCsv('registrations', '2026-04-01', '2027-03-31');
    expect(fileName).toBe('事前登録_20260401-20270331.csv');
    expect(
      rows.map((r) => [r['氏名'], r['状態'], r['登録日'], r['見直し日'], r['期間中の新規登録']]),
    ).toEqual([
      ['青木 要', '要登録', '', '', '0'],
      ['佐藤 花子', '登録済', '2026-04-01', '', '1'],
      ['渡辺 旧', '登録済', '2024-05-01', '2027-01-15', '0'],
    ]);
    expect(rows[1]!['受給者証番号']).toBe(hanako.certificateNumber);
  });

  it('writes only the header row when there is nothing to export', async () => {
    const { text, rows } = await exportCsv('monthly-records', '2026-01-01', '2026-01-31');
    expect(rows).toEqual([]);
    expect(text.split('\r\n')).toHaveLength(2);
  });

  it.each([
    ['an unknown report', { report: 'salaries', from: '2026-05-01', to: '2026-05-31' }],
    ['an end before the start', { report: 'occupancy', from: '2026-05-31', to: '2026-05-01' }],
    ['more than a year', { report: 'occupancy', from: '2026-04-01', to: '2027-04-03' }],
    ['a date that does not exist', { report: 'occupancy', from: '2026-02-30', to: '2026-03-31' }],
    ['no period', { report: 'occupancy' }],
  ])('refuses %s with INVALID_INPUT', async (_what, input) => {
    expect(await f.answer('reports.csv', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
