import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';
import { bookStay } from '../testing/stays';

let f: Fixture;
let bed: Bed;
let person: Person;

const intake = {
  reason: 'carer-illness',
  requestedAt: '2026-05-12T02:10:00+09:00',
  requestedBy: 'consultation-office',
  requestedByText: 'さくら相談支援センター',
} as const;
const request = { start: '2026-05-12', end: '2026-05-20' };

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  person = await f.call('persons.save', { person: personInput() });
});
afterEach(() => f.dispose());

describe('emergency intake facts', () => {
  it('keeps the request’s facts on the emergency stay the commit makes', async () => {
    const plan = await f.call('emergency.plan', { personId: person.id, ...request, intake });
    expect(plan.bedId).toBe(bed.id);
    const { stay } = await f.call('emergency.commit', { personId: person.id, ...request, intake });
    expect(stay.intake).toEqual(intake);
    expect((await f.call('stays.get', { id: stay.id })).intake).toEqual(intake);
  });

  it('commits without them too: a night emergency is never held up by paperwork', async () => {
    const { stay } = await f.call('emergency.commit', { personId: person.id, ...request });
    expect(stay.intake).toBeUndefined();
  });

  it.each([
    ['another reason without words', { ...intake, reason: 'other' }],
    ['an unknown reason', { ...intake, reason: 'boredom' }],
    ['an unknown requester', { ...intake, requestedBy: 'neighbour' }],
    ['a time that is not ISO', { ...intake, requestedAt: '5月12日 2時' }],
    ['a time without its offset', { ...intake, requestedAt: '2026-05-12T02:10:00' }],
    ['a request in the future', { ...intake, requestedAt: '2026-05-13T09:00:00+09:00' }],
  ])('refuses %s with INVALID_INPUT and books nothing', async (_what, bad) => {
    for (const channel of ['emergency.plan', 'emergency.commit']) {
      const answer = await f.answer(channel, { personId: person.id, ...request, intake: bad });
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await f.call('stays.list', { from: '2026-05-01', to: '2026-05-31' })).toEqual([]);
  });

  it('accepts another reason written out', async () => {
    const other = { ...intake, reason: 'other', reasonText: '自宅の火災' } as const;
    const { stay } = await f.call('emergency.commit', {
      personId: person.id,
      ...request,
      intake: other,
    });
    expect(stay.intake?.reasonText).toBe('自宅の火災');
  });

  it('corrects the facts afterwards, and refuses them on an experience stay', async () => {
    const { stay } = await f.call('emergency.commit', { personId: person.id, ...request });
    const saved = await f.call('emergency.saveIntake', { stayId: stay.id, intake });
    expect(saved.intake).toEqual(intake);
    const history = await f.call('stays.history', { id: stay.id });
    expect(history[0]).toMatchObject({
      action: 'emergency.intake',
      facts: { reason: 'carer-illness' },
    });
    expect(JSON.stringify(history)).not.toContain('さくら');

    const experience = await bookStay(f, person.id, bed.id, '2026-06-01', '2026-06-03');
    expect(await f.answer('emergency.saveIntake', { stayId: experience.id, intake })).toMatchObject(
      {
        ok: false,
        error: { code: 'NOT_EMERGENCY_STAY', kind: 'experience' },
      },
    );
  });
});

describe('the manager’s reason for a longer add-on', () => {
  it('lets the add-on count 14 days, and can be withdrawn', async () => {
    const { stay } = await f.call('emergency.commit', {
      personId: person.id,
      start: '2026-05-12',
      end: '2026-05-27',
    });
    expect((await f.call('stays.days', { stayId: stay.id })).addOn).toMatchObject({
      days: 7,
      limit: 7,
    });

    const extended = await f.call('emergency.extendAddOn', {
      stayId: stay.id,
      reason: '介護者の入院が長期化',
    });
    expect(extended.addOnExtension).toMatchObject({
      reason: '介護者の入院が長期化',
      approvedBy: f.manager?.id,
    });
    expect((await f.call('stays.days', { stayId: stay.id })).addOn).toMatchObject({
      days: 14,
      limit: 14,
      daysBeyond: 2,
      extended: true,
    });

    const withdrawn = await f.call('emergency.extendAddOn', { stayId: stay.id, reason: null });
    expect(withdrawn.addOnExtension).toBeUndefined();
    expect((await f.call('stays.days', { stayId: stay.id })).addOn?.limit).toBe(7);
  });

  it('refuses an empty reason, an experience stay and an unknown stay', async () => {
    const { stay } = await f.call('emergency.commit', { personId: person.id, ...request });
    expect(
      await f.answer('emergency.extendAddOn', { stayId: stay.id, reason: '  ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const experience = await bookStay(f, person.id, bed.id, '2026-06-01', '2026-06-03');
    expect(
      await f.answer('emergency.extendAddOn', { stayId: experience.id, reason: '理由' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_EMERGENCY_STAY' },
    });
    expect(
      await f.answer('emergency.extendAddOn', { stayId: 'nope', reason: '理由' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
