import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import type { Person } from '../../shared/domain/schemas';
import { READY_RECORD } from '../../shared/rules/test-fixtures';
import { createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
});
afterEach(() => f.dispose());

/** A registered person with everything an emergency needs; each case takes one thing away. */
function readyPerson(over: Partial<Person>) {
  return personInput({ ...(structuredClone(READY_RECORD) as Partial<Person>), ...over });
}

describe('persons.readiness', () => {
  it('lists the registered persons with gaps, most urgent first, in the contract’s shape', async () => {
    const ready = await f.call('persons.save', { person: readyPerson({}) });
    const noMeds = await f.call('persons.save', {
      person: readyPerson({
        familyName: '佐藤',
        familyNameKana: 'さとう',
        careNotes: { flags: [], nothingToNote: ['medicalCare', 'allergies', 'mobility', 'diet'] },
      }),
    });
    const ending = await f.call('persons.save', {
      person: readyPerson({
        familyName: '鈴木',
        familyNameKana: 'すずき',
        authorizations: [{ from: '2025-06-01', to: '2026-05-31' }],
        contacts: [],
      }),
    });
    await f.call('persons.save', {
      person: readyPerson({
        familyName: '高橋',
        familyNameKana: 'たかはし',
        contacts: [],
        registration: { status: 'pending' },
      }),
    });

    const answer = await f.call('persons.readiness', {});
    expect(contract['persons.readiness'].output.parse(answer)).toEqual(answer);
    expect(answer.map((r) => r.personId)).toEqual([ending.id, noMeds.id]);
    expect(answer).not.toContainEqual(expect.objectContaining({ personId: ready.id }));
    expect(answer[0]).toMatchObject({
      name: '鈴木 太郎',
      missing: ['contacts', 'authorization'],
      authorizationEnds: '2026-05-31',
    });
    expect(answer[1]).toMatchObject({
      missing: ['careNotes'],
      authorizationEnds: '2027-03-31',
      careTopicsMissing: ['medications'],
    });
  });

  it('answers no contact, phone number or care note text', async () => {
    await f.call('persons.save', {
      person: readyPerson({ registration: { status: 'registered' } }),
    });
    const text = JSON.stringify(await f.call('persons.readiness', {}));
    expect(text).toContain('review');
    for (const secret of ['山田花子', '090-1111-2222', 'デパケン', 'そば', 'さくら相談室']) {
      expect(text).not.toContain(secret);
    }
  });

  it('follows the date: an authorisation that ends soon becomes a gap', async () => {
    await f.call('persons.save', {
      person: readyPerson({ authorizations: [{ from: '2026-04-01', to: '2026-08-31' }] }),
    });
    expect(await f.call('persons.readiness', {})).toEqual([]);
    f.clock.now = new Date('2026-07-15T12:00:00+09:00');
    expect((await f.call('persons.readiness', {})).map((r) => r.missing)).toEqual([
      ['authorization'],
    ]);
  });

  it('is open to the desk, care staff and the manager, who all may need it at night', () => {
    expect([...contract['persons.readiness'].roles].sort()).toEqual(['care', 'desk', 'manager']);
    expect(contract['persons.readiness'].mutates).toBe(false);
    expect(contract['persons.readiness'].reads).toEqual(['persons']);
  });

  it('refuses unknown input fields', async () => {
    const answer = await f.answer('persons.readiness', { all: true });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
  });
});
