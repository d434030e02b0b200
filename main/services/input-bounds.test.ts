/**
 * Inputs no facility can mean are refused as INVALID_INPUT at the boundary: dates outside
 * 1900–2100, stays, closures and listed ranges over a year, names that show nothing or carry
 * control or bidi characters. Never INTERNAL (a RangeError), never accepted, nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFileContents } from '../testing/data-files';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let personId: string;
let bedId: string;
let stayId: string;

beforeAll(async () => {
  f = await createFixture('2026-05-12');
  bedId = (await f.call('beds.save', { bed: bedInput('A-1', 1) })).id;
  personId = (await f.call('persons.save', { person: personInput() })).id;
  stayId = (
    await f.call('stays.create', {
      draft: { personId, bedId, kind: 'experience', start: '2026-06-01', end: '2026-06-03' },
    })
  ).id;
});
afterAll(async () => {
  await f.dispose();
});

const draft = (start: string, end: string) => ({
  draft: { personId: '', bedId: '', kind: 'experience', start, end },
});

/** [what, channel, input]: every one must answer INVALID_INPUT. */
function hostileInputs(): [string, string, Record<string, unknown>][] {
  const d = (start: string, end: string) => {
    const x = draft(start, end);
    x.draft.personId = personId;
    x.draft.bedId = bedId;
    return x;
  };
  return [
    ['a stay ending 9999-12-31', 'stays.check', d('2026-06-01', '9999-12-31')],
    ['a stay in year 9999', 'stays.check', d('9999-12-30', '9999-12-31')],
    ['a stay starting 0500-01-01', 'stays.check', d('0500-01-01', '0500-01-03')],
    ['a stay from year 1000 to 9000', 'stays.check', d('1000-01-01', '9000-12-31')],
    ['a stay of two years', 'stays.check', d('2026-06-01', '2028-06-01')],
    ['creating a stay ending 9999-12-31', 'stays.create', d('2026-06-01', '9999-12-31')],
    ['creating a stay in year 0500', 'stays.create', d('0500-01-01', '0500-01-03')],
    [
      "moving a stay's end two years out",
      'stays.update',
      { id: '', changes: { end: '2028-06-01' } },
    ],
    [
      'an emergency until 9999',
      'emergency.plan',
      { personId: '', start: '2026-06-01', end: '9999-12-31' },
    ],
    [
      'an emergency of two years',
      'emergency.plan',
      { personId: '', start: '2026-06-01', end: '2028-06-01' },
    ],
    [
      'committing an emergency in year 0500',
      'emergency.commit',
      { personId: '', start: '0500-01-01', end: '0500-01-02' },
    ],
    [
      'a bed closure from 0001 to 9999',
      'beds.block',
      { bedId: '', start: '0001-01-01', end: '9999-12-31', reason: '修繕' },
    ],
    [
      'a bed closure of 400 days',
      'beds.block',
      { bedId: '', start: '2026-06-01', end: '2027-07-06', reason: '修繕' },
    ],
    ['listing stays from 1000 to 9000', 'stays.list', { from: '1000-01-01', to: '9000-12-31' }],
    ['listing closures over three years', 'beds.blocks', { from: '2026-01-01', to: '2029-01-01' }],
    ['checking out on 9999-12-31', 'stays.checkOut', { id: '', date: '9999-12-31' }],
    ["tonight's records of year 0500", 'training.tonight', { date: '0500-01-01' }],
    ['the summaries of 9999-12', 'summary.month', { month: '9999-12' }],
    [
      'a training record on 9999-12-31',
      'training.save',
      { record: { stayId: '', date: '9999-12-31', domain: 'cooking', level: 2 } },
    ],
    [
      'a day fact on 9999-12-31',
      'stays.saveDay',
      {
        stayId: '',
        date: '9999-12-31',
        meals: { breakfast: true, lunch: true, dinner: true },
        pickup: false,
        dropoff: false,
      },
    ],
    ["a guest's 実績記録票 of 9999-12", 'records.month', { personId: '', month: '9999-12' }],
    ['every 実績記録票 of 0500-01', 'records.monthAll', { month: '0500-01' }],
    [
      'a CSV from 1000 to 9000',
      'reports.csv',
      { report: 'occupancy', from: '1000-01-01', to: '9000-12-31' },
    ],
    [
      'a CSV of two years',
      'reports.csv',
      { report: 'monthly-records', from: '2026-04-01', to: '2028-03-31' },
    ],
    ['the yearly report of 9999', 'reports.year', { fiscalYear: 9999 }],
    ['the emergency log of year 1000', 'reports.emergencies', { fiscalYear: 1000 }],
    [
      'a birth date in 1800',
      'persons.save',
      { person: personInput({ givenName: '明治', birthDate: '1800-01-01' }) },
    ],
    [
      'an authorisation until 9999',
      'persons.save',
      {
        person: personInput({
          givenName: '長期',
          authorizations: [{ from: '2026-04-01', to: '9999-12-31' }],
        }),
      },
    ],
    [
      'a family name of control characters',
      'persons.save',
      { person: personInput({ familyName: '\u0001\u0002' }) },
    ],
    [
      'a given name of zero-width spaces',
      'persons.save',
      { person: personInput({ givenName: '\u200B\u200C\u200D\uFEFF' }) },
    ],
    [
      'a given name of bidi marks',
      'persons.save',
      { person: personInput({ givenName: '\u202E\u2066\u200F' }) },
    ],
    [
      'a name with a right-to-left override inside',
      'persons.save',
      { person: personInput({ familyName: '山\u202E田' }) },
    ],
    ['a bed name of zero-width spaces', 'beds.save', { bed: bedInput('\u200B\u2060', 9) }],
    [
      'an emergency contact named with a NUL',
      'persons.save',
      {
        person: personInput({
          givenName: '連絡',
          contacts: [{ name: '\u0000', relation: '母', phone: '090-0000-0000' }],
        }),
      },
    ],
  ];
}

/** Fills in the ids made in beforeAll (the table is written before they exist). */
function withIds(input: Record<string, unknown>): Record<string, unknown> {
  const text = JSON.stringify(input)
    .replaceAll('"personId":""', `"personId":"${personId}"`)
    .replaceAll('"bedId":""', `"bedId":"${bedId}"`)
    .replaceAll('"id":""', `"id":"${stayId}"`)
    .replaceAll('"stayId":""', `"stayId":"${stayId}"`);
  return JSON.parse(text) as Record<string, unknown>;
}

describe('input bounds', () => {
  it('refuses every input no facility can mean with INVALID_INPUT, writing nothing', async () => {
    await f.runtime.whenIdle();
    const before = await dataFileContents(f.dataDir);
    const answers: string[] = [];
    for (const [what, channel, input] of hostileInputs()) {
      const answer = await f.answer(channel, withIds(input));
      answers.push(`${what}: ${answer.ok ? 'accepted' : answer.error.code}`);
    }
    expect(answers).toEqual(hostileInputs().map(([what]) => `${what}: INVALID_INPUT`));
    expect(await dataFileContents(f.dataDir)).toEqual(before);
  });

  it('names each refusal by its catalogue issue code, with the Japanese text', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        'stays.check',
        { draft: { ...draft('2026-06-01', '2028-06-01').draft, personId, bedId } },
        'SPAN_TOO_LONG',
        '期間は1年（366日）以内で入力してください。',
      ],
      [
        'stays.update',
        { id: stayId, changes: { end: '2028-06-01' } },
        'SPAN_TOO_LONG',
        '期間は1年（366日）以内で入力してください。',
      ],
      [
        'beds.block',
        { bedId, start: '2026-06-01', end: '2027-07-06', reason: '修繕' },
        'SPAN_TOO_LONG',
        '期間は1年（366日）以内で入力してください。',
      ],
      [
        'reports.csv',
        { report: 'occupancy', from: '2026-04-01', to: '2028-03-31' },
        'SPAN_TOO_LONG',
        '期間は1年（366日）以内で入力してください。',
      ],
      [
        'records.monthAll',
        { month: '2101-01' },
        'DATE_OUT_OF_RANGE',
        '1900年から2100年までの日付で入力してください。',
      ],
      [
        'stays.list',
        { from: '1000-01-01', to: '1000-01-02' },
        'DATE_OUT_OF_RANGE',
        '1900年から2100年までの日付で入力してください。',
      ],
      [
        'summary.month',
        { month: '9999-12' },
        'DATE_OUT_OF_RANGE',
        '1900年から2100年までの日付で入力してください。',
      ],
      [
        'persons.save',
        { person: personInput({ givenName: '明治', birthDate: '1800-01-01' }) },
        'DATE_OUT_OF_RANGE',
        '1900年から2100年までの日付で入力してください。',
      ],
      [
        'beds.save',
        { bed: bedInput('\u200B\u2060', 9) },
        'INVISIBLE_CHARACTERS',
        '制御文字や書式文字（目に見えない文字）は使えません。',
      ],
      [
        'persons.save',
        { person: personInput({ familyName: '山\u202E田' }) },
        'INVISIBLE_CHARACTERS',
        '制御文字や書式文字（目に見えない文字）は使えません。',
      ],
    ];
    for (const [channel, input, code, message] of cases) {
      const answer = await f.answer(channel, input);
      if (answer.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
      expect(answer.error.issues, channel).toContainEqual(
        expect.objectContaining({ code, message }),
      );
    }
  });

  it('still accepts the edges: 1900 and 2100, a closure or a stay check of exactly 366 days', async () => {
    const ok = async (channel: string, input: unknown) => {
      const answer = await f.answer(channel, input);
      expect(answer.ok, `${channel}: ${JSON.stringify(answer)}`).toBe(true);
    };
    await ok('persons.save', {
      person: personInput({ givenName: '百歳', birthDate: '1900-01-01' }),
    });
    await ok('beds.block', { bedId, start: '2027-01-01', end: '2028-01-02', reason: '改装' });
    await ok('stays.check', {
      draft: { personId, bedId, kind: 'experience', start: '2100-01-01', end: '2100-12-31' },
    });
    await ok('stays.list', { from: '2100-01-01', to: '2100-12-31' });
    await ok('persons.save', { person: personInput({ familyName: '山田', givenName: 'ｴﾐ' }) });
  });
});
