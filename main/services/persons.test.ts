import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/errors';
import type { Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let saved: Person;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  saved = await f.call('persons.save', {
    person: personInput({
      birthDate: '1980-06-01',
      contacts: [{ name: '山田花子', relation: '母', phone: '090-1111-2222' }],
      careNotes: { allergies: 'そば', flags: ['allergy'] },
    }),
  });
});
afterEach(() => f.dispose());

function refusal(answer: Envelope<unknown>): { code: string; fields: string[]; text: string } {
  if (answer.ok) return { code: 'ok', fields: [], text: '' };
  return {
    code: answer.error.code,
    fields: (answer.error.issues ?? []).map((i) => i.path.join('.')),
    text: (answer.error.issues ?? []).map((i) => i.message).join(' '),
  };
}

describe('persons.save refuses bad input and saves nothing', () => {
  it.each([
    [
      'a certificate number that is not 10 digits',
      { certificateNumber: '123456789' },
      'person.certificateNumber',
      '受給者証番号',
    ],
    [
      'an authorisation whose end is before its start',
      { authorizations: [{ from: '2026-09-01', to: '2026-04-01' }] },
      'authorizations.0.to',
      '支給決定期間',
    ],
    [
      'a review date before the registration date',
      {
        registration: {
          status: 'registered',
          registeredOn: '2026-04-01',
          reviewDate: '2026-03-01',
        },
      },
      'registration.reviewDate',
      '見直し日',
    ],
    [
      'an authorisation overlapping another',
      {
        authorizations: [
          { from: '2026-04-01', to: '2026-09-30' },
          { from: '2026-09-01', to: '2027-03-31' },
        ],
      },
      'authorizations.1.from',
      '重なっています',
    ],
    ['a missing family-name kana', { familyNameKana: '' }, 'person.familyNameKana', 'ふりがな'],
    ['a given-name kana in kanji', { givenNameKana: '太郎' }, 'person.givenNameKana', 'ひらがな'],
    [
      'an emergency contact phone with letters',
      { contacts: [{ name: '山田花子', relation: '母', phone: 'unknown' }] },
      'person.contacts.0.phone',
      '電話番号',
    ],
  ])('refuses %s, naming the field', async (_name, change, field, words) => {
    const before = await f.storedData();
    const answer = await f.answer('persons.save', {
      person: { ...personInput({ givenName: '次郎', givenNameKana: 'じろう' }), ...change },
    });
    const { code, fields, text } = refusal(answer);
    expect(code).toBe('INVALID_INPUT');
    expect(fields).toEqual([field]);
    expect(text).toContain(words);
    expect(await f.storedData()).toEqual(before);
  });

  it('refuses a bad change to an existing person and keeps the saved record as it was', async () => {
    const before = await f.storedData();
    const answer = await f.answer('persons.save', {
      person: { ...saved, certificateNumber: '12345' },
    });
    expect(refusal(answer).code).toBe('INVALID_INPUT');
    expect(await f.call('persons.get', { id: saved.id })).toEqual(saved);
    expect(await f.storedData()).toEqual(before);
  });
});

describe('persons.save and a possible duplicate', () => {
  const twin = () => personInput({ birthDate: '1980-06-01', certificateNumber: '9999999999' });

  it('warns with POSSIBLE_DUPLICATE and the other id only, saving nothing', async () => {
    const before = await f.storedData();
    const answer = await f.answer('persons.save', { person: twin() });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('POSSIBLE_DUPLICATE');
    expect(answer.error.duplicates).toEqual([saved.id]);
    expect(JSON.stringify(answer.error)).not.toContain('山田');
    expect(await f.storedData()).toEqual(before);
  });

  it('saves the person once the user confirms', async () => {
    const person = await f.call('persons.save', {
      person: twin(),
      acknowledge: ['POSSIBLE_DUPLICATE'],
    });
    expect(person.id).not.toBe(saved.id);
    expect((await f.call('persons.search', {})).map((p) => p.id).sort()).toEqual(
      [saved.id, person.id].sort(),
    );
  });

  it('asks no more once confirmed, while the names and the birth date stay', async () => {
    const person = await f.call('persons.save', {
      person: twin(),
      acknowledge: ['POSSIBLE_DUPLICATE'],
    });
    await expect(
      f.call('persons.save', { person: { ...person, sex: 'male' } }),
    ).resolves.toMatchObject({ sex: 'male' });
    const renamed = await f.answer('persons.save', {
      person: { ...person, birthDate: '1981-06-01' },
    });
    expect(renamed.ok).toBe(true);
    const back = await f.answer('persons.save', {
      person: { ...person, birthDate: '1980-06-01', sex: 'male' },
    });
    expect(refusal(back).code).toBe('POSSIBLE_DUPLICATE');
  });

  it('does not warn when a person saves over their own record', async () => {
    const again = await f.call('persons.save', { person: { ...saved, givenNameKana: 'タロウ' } });
    expect(again.givenNameKana).toBe('タロウ');
  });

  it('does not warn for the same name with another birth date', async () => {
    await expect(
      f.call('persons.save', { person: { ...twin(), birthDate: '1981-06-01' } }),
    ).resolves.toBeDefined();
  });

  it('still refuses an invalid input even when the duplicate is confirmed', async () => {
    const answer = await f.answer('persons.save', {
      person: { ...twin(), authorizations: [{ from: '2026-09-01', to: '2026-04-01' }] },
      acknowledge: ['POSSIBLE_DUPLICATE'],
    });
    expect(refusal(answer).code).toBe('INVALID_INPUT');
  });
});

describe('persons.save and a recipient certificate number another person has', () => {
  const hanako = (certificateNumber: string | undefined) =>
    personInput({
      familyName: '佐藤',
      givenName: '花子',
      familyNameKana: 'さとう',
      givenNameKana: 'はなこ',
      ...(certificateNumber ? { certificateNumber } : {}),
    });

  it('warns with DUPLICATE_CERTIFICATE and the other id only, saving nothing', async () => {
    const before = await f.storedData();
    const answer = await f.answer('persons.save', { person: hanako(saved.certificateNumber) });
    expect(refusal(answer)).toMatchObject({
      code: 'DUPLICATE_CERTIFICATE',
      fields: ['certificateNumber'],
    });
    if (answer.ok) return;
    expect(answer.error.duplicates).toEqual([saved.id]);
    expect(JSON.stringify(answer.error)).not.toContain('山田');
    expect(await f.storedData()).toEqual(before);
  });

  it('sees the same number typed in full-width digits with hyphens', async () => {
    const typed = (saved.certificateNumber ?? '')
      .replace(/\d/gu, (d) => String.fromCodePoint(0xff10 + Number(d)))
      .replace(/^(.{5})/u, '$1－');
    const answer = await f.answer('persons.save', { person: hanako(typed) });
    expect(refusal(answer).code).toBe('DUPLICATE_CERTIFICATE');
  });

  it('saves the person once the user confirms, and asks no more while the number stays', async () => {
    const person = await f.call('persons.save', {
      person: hanako(saved.certificateNumber),
      acknowledge: ['DUPLICATE_CERTIFICATE'],
    });
    expect(person.certificateNumber).toBe(saved.certificateNumber);
    // Later saves of either record, the number unchanged, go through.
    await expect(
      f.call('persons.save', { person: { ...person, sex: 'female' } }),
    ).resolves.toMatchObject({ sex: 'female' });
    await expect(
      f.call('persons.save', { person: { ...saved, givenNameKana: 'タロウ' } }),
    ).resolves.toMatchObject({ givenNameKana: 'タロウ' });
  });

  it('asks when an existing record changes its number to one another person has', async () => {
    const other = await f.call('persons.save', { person: hanako('2000000001') });
    const answer = await f.answer('persons.save', {
      person: { ...other, certificateNumber: saved.certificateNumber },
    });
    expect(refusal(answer).code).toBe('DUPLICATE_CERTIFICATE');
  });

  it('does not warn when a person saves over their own record with their number', async () => {
    const again = await f.call('persons.save', { person: { ...saved, sex: 'male' } });
    expect(again.sex).toBe('male');
  });

  it('does not warn for another number or for no number', async () => {
    await expect(f.call('persons.save', { person: hanako('2000000001') })).resolves.toMatchObject({
      certificateNumber: '2000000001',
    });
    await expect(
      f.call('persons.save', { person: { ...hanako(undefined), givenName: '次郎' } }),
    ).resolves.toBeDefined();
  });

  it('asks about each warning that applies, and saves once both are confirmed', async () => {
    const twinWithNumber = {
      ...personInput({ birthDate: '1980-06-01' }),
      certificateNumber: saved.certificateNumber,
    };
    const first = await f.answer('persons.save', { person: twinWithNumber });
    expect(refusal(first).code).toBe('POSSIBLE_DUPLICATE');
    const second = await f.answer('persons.save', {
      person: twinWithNumber,
      acknowledge: ['POSSIBLE_DUPLICATE'],
    });
    expect(refusal(second).code).toBe('DUPLICATE_CERTIFICATE');
    const done = await f.answer('persons.save', {
      person: twinWithNumber,
      acknowledge: ['POSSIBLE_DUPLICATE', 'DUPLICATE_CERTIFICATE'],
    });
    expect(done.ok).toBe(true);
  });
});

describe('persons.save stores numbers typed the Japanese office way as ASCII', () => {
  it('normalises the certificate number and every phone number, so the API does too', async () => {
    const person = await f.call('persons.save', {
      person: personInput({
        familyName: '佐藤',
        givenName: '花子',
        certificateNumber: '１３０００－０００４２',
        consultationOffice: { office: 'みどり相談室', phone: '（０３）１２３４－５６７８' },
        contacts: [{ name: '佐藤一郎', relation: '父', phone: '０９０ー１２３４ー５６７８' }],
      }),
    });
    const stored = await f.call('persons.get', { id: person.id });
    expect([
      stored.certificateNumber,
      stored.consultationOffice?.phone,
      stored.contacts?.[0]?.phone,
    ]).toEqual(['1300000042', '(03)1234-5678', '090-1234-5678']);
  });
});

describe('privacy of contacts and care notes', () => {
  it('leaves contacts and care notes out of persons.search', async () => {
    const [found] = await f.call('persons.search', { text: 'やまだ' });
    expect(found?.id).toBe(saved.id);
    expect(found).not.toHaveProperty('contacts');
    expect(found).not.toHaveProperty('careNotes');
  });

  it('gives them with persons.get, for the record screen', async () => {
    const person = await f.call('persons.get', { id: saved.id });
    expect(person.contacts?.[0]?.relation).toBe('母');
    expect(person.careNotes?.flags).toEqual(['allergy']);
  });

  it('gives names and registration only with persons.names, leaving unknown ids out', async () => {
    const names = await f.call('persons.names', { ids: [saved.id, 'nobody', saved.id] });
    expect(names).toEqual([
      {
        id: saved.id,
        familyName: saved.familyName,
        givenName: saved.givenName,
        familyNameKana: saved.familyNameKana,
        givenNameKana: saved.givenNameKana,
        registration: saved.registration,
      },
    ]);
  });

  it('gives every person of the register, names and registration only, without ids', async () => {
    const other = await f.call('persons.save', {
      person: personInput({
        familyName: '佐藤',
        familyNameKana: 'さとう',
        birthDate: '1990-01-01',
      }),
    });
    const names = await f.call('persons.names', {});
    expect(names.map((p) => p.id).sort()).toEqual([saved.id, other.id].sort());
    for (const name of names) {
      expect(Object.keys(name).sort()).toEqual(
        ['familyName', 'familyNameKana', 'givenName', 'givenNameKana', 'id', 'registration'].sort(),
      );
    }
  });

  it('keeps their values out of the audit trail', async () => {
    const audit = await f.storedAudit();
    expect(audit).toContain('person.create');
    expect(audit).not.toContain('そば');
    expect(audit).not.toContain('090-1111-2222');
  });
});

describe('persons.stays and persons.usage', () => {
  it('lists the stays past and future, newest first, and splits usage at today', async () => {
    const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
    const book = (start: string, end: string) =>
      f.call('stays.create', {
        draft: { personId: saved.id, bedId: bed.id, kind: 'experience', start, end },
      });
    const past = await book('2026-05-01', '2026-05-03');
    const future = await book('2026-05-20', '2026-05-22');
    expect((await f.call('persons.stays', { personId: saved.id })).map((s) => s.id)).toEqual([
      future.id,
      past.id,
    ]);
    expect(await f.call('persons.usage', { personId: saved.id })).toEqual([
      { fiscalYear: 2026, experienceDays: 6, cap: 30, remaining: 24, usedDays: 3, bookedDays: 3 },
    ]);
    const usage = await f.call('usage.get', { personId: saved.id });
    expect(usage.experienceDays).toBe(6);
  });

  it('adds an earlier fiscal year that had experience days', async () => {
    const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
    await f.call('persons.save', {
      person: { ...saved, authorizations: [{ from: '2025-04-01', to: '2027-03-31' }] },
    });
    f.clock.now = new Date('2026-03-01T12:00:00+09:00');
    await f.call('stays.create', {
      draft: {
        personId: saved.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2026-03-10',
        end: '2026-03-12',
      },
    });
    f.clock.now = new Date('2026-05-12T12:00:00+09:00');
    const years = await f.call('persons.usage', { personId: saved.id });
    expect(years.map((y) => [y.fiscalYear, y.usedDays, y.bookedDays])).toEqual([
      [2026, 0, 0],
      [2025, 3, 0],
    ]);
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    const answer = await f.answer('persons.stays', { personId: 'nobody' });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('NOT_FOUND');
  });
});
