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
  bedB = await f.call('beds.save', { bed: bedInput('A-2', 2, { allows: ['emergency'] }) });
  taro = await f.call('persons.save', { person: personInput() });
});
afterEach(() => f.dispose());

function draft(overrides: Partial<StayDraft> = {}): StayDraft {
  return {
    personId: taro.id,
    bedId: bedA.id,
    kind: 'experience',
    start: '2026-05-20',
    end: '2026-05-23',
    ...overrides,
  };
}

async function codes(d: StayDraft, stayId?: string): Promise<string[]> {
  const { violations } = await f.call('stays.check', { draft: d, ...(stayId ? { stayId } : {}) });
  return violations.map((v) => v.code);
}

describe('booking a stay', () => {
  it('creates a tentative stay by default and lists it in its range', async () => {
    const stay = await f.call('stays.create', { draft: draft() });
    expect(stay.status).toBe('tentative');
    const listed = await f.call('stays.list', { from: '2026-05-23', to: '2026-05-30' });
    expect(listed.map((s) => s.id)).toEqual([stay.id]);
    expect(await f.call('stays.list', { from: '2026-05-24', to: '2026-05-30' })).toEqual([]);
  });

  it('refuses a double booking of the bed and leaves the data unchanged', async () => {
    const first = await f.call('stays.create', { draft: draft() });
    const other = await f.call('persons.save', {
      person: personInput({ givenName: '花子', givenNameKana: 'はなこ' }),
    });
    const answer = await f.answer('stays.create', {
      draft: draft({ personId: other.id, start: '2026-05-22', end: '2026-05-25' }),
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('RULE_VIOLATION');
    expect(answer.error.violations?.map((v) => v.code)).toContain('BED_OCCUPIED');
    const listed = await f.call('stays.list', { from: '2026-05-01', to: '2026-05-31' });
    expect(listed.map((s) => s.id)).toEqual([first.id]);
  });

  it('allows a new arrival on the departure date of the stay before (same-day turnover)', async () => {
    await f.call('stays.create', { draft: draft() });
    const other = await f.call('persons.save', {
      person: personInput({ givenName: '花子', givenNameKana: 'はなこ' }),
    });
    expect(
      await codes(draft({ personId: other.id, start: '2026-05-23', end: '2026-05-25' })),
    ).toEqual([]);
  });

  it('reports every rule code a booking can break', async () => {
    const pending = await f.call('persons.save', {
      person: personInput({
        givenName: '次郎',
        registration: { status: 'pending' },
        authorizations: [],
      }),
    });
    await f.call('stays.create', { draft: draft() });
    await f.call('beds.block', {
      bedId: bedA.id,
      start: '2026-06-10',
      end: '2026-06-12',
      reason: '修繕',
    });
    expect(await codes(draft({ personId: pending.id }))).toEqual(
      expect.arrayContaining(['BED_OCCUPIED', 'NOT_REGISTERED', 'NO_AUTHORIZATION']),
    );
    expect(await codes(draft({ bedId: bedB.id }))).toContain('BED_NOT_ALLOWED');
    expect(
      await codes(draft({ bedId: bedB.id, start: '2026-05-21', end: '2026-05-22' })),
    ).toContain('PERSON_OVERLAP');
    expect(await codes(draft({ start: '2026-06-09', end: '2026-06-11' }))).toContain('BED_BLOCKED');
    expect(await codes(draft({ start: '2026-06-01', end: '2026-06-09' }))).toContain(
      'EXPERIENCE_STAY_LENGTH',
    );
    expect(
      await codes(draft({ kind: 'emergency', start: '2026-06-01', end: '2026-06-09' })),
    ).toContain('EMERGENCY_LENGTH');
    expect(await codes(draft({ start: '2026-06-01', end: '2026-06-01' }))).toContain(
      'INVALID_DATES',
    );
  });

  it('warns for an emergency by an unregistered person without authorisation instead of refusing', async () => {
    const pending = await f.call('persons.save', {
      person: personInput({
        givenName: '次郎',
        registration: { status: 'pending' },
        authorizations: [],
      }),
    });
    const { violations } = await f.call('stays.check', {
      draft: draft({ personId: pending.id, kind: 'emergency' }),
    });
    expect(violations.map((v) => [v.code, v.severity])).toEqual(
      expect.arrayContaining([
        ['NOT_REGISTERED', 'warning'],
        ['NO_AUTHORIZATION', 'warning'],
      ]),
    );
  });

  it('reports the monthly allowance and the consecutive-days limit as warnings', async () => {
    await f.call('settings.update', { consecutiveDaysLimit: 5 });
    const small = await f.call('persons.save', {
      person: personInput({
        givenName: '小枝',
        authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 3 }],
      }),
    });
    await f.call('stays.create', {
      draft: draft({ personId: small.id, start: '2026-05-01', end: '2026-05-03' }),
    });
    const { violations } = await f.call('stays.check', {
      draft: draft({ personId: small.id, start: '2026-05-03', end: '2026-05-06' }),
    });
    expect(violations.filter((v) => v.severity === 'warning').map((v) => v.code)).toEqual(
      expect.arrayContaining(['MONTHLY_ALLOWANCE', 'CONSECUTIVE_DAYS']),
    );
    const saved = await f.call('stays.create', {
      draft: draft({ personId: small.id, start: '2026-05-03', end: '2026-05-06' }),
    });
    expect(saved.warnings).toEqual(
      expect.arrayContaining(['MONTHLY_ALLOWANCE', 'CONSECUTIVE_DAYS']),
    );
  });

  it('records a warning once even when it holds in two months (the 支給量 of May and of June)', async () => {
    const small = await f.call('persons.save', {
      person: personInput({
        givenName: '小枝',
        certificateNumber: '3234567890',
        authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 2 }],
      }),
    });
    const across = draft({ personId: small.id, start: '2026-05-29', end: '2026-06-03' });
    const { violations } = await f.call('stays.check', { draft: across });
    expect(violations.map((v) => v.code)).toEqual(['MONTHLY_ALLOWANCE', 'MONTHLY_ALLOWANCE']);
    const saved = await f.call('stays.create', { draft: across });
    expect(saved.warnings).toEqual(['MONTHLY_ALLOWANCE']);
  });

  it('books beyond the annual cap only with a written reason, recorded with who approved it', async () => {
    await f.call('settings.update', { experienceAnnualCapDays: 5 });
    await f.call('stays.create', { draft: draft({ start: '2026-05-01', end: '2026-05-03' }) });
    const over = draft({ start: '2026-05-10', end: '2026-05-12' });
    const refused = await f.answer('stays.create', { draft: over });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('RULE_VIOLATION');
      const cap = refused.error.violations?.find((v) => v.code === 'EXPERIENCE_ANNUAL_CAP');
      expect(cap?.severity).toBe('override');
      expect(cap?.details).toMatchObject({ used: 3, adding: 3, cap: 5, fiscalYear: 2026 });
    }
    const blank = await f.answer('stays.create', {
      draft: over,
      overrides: [{ rule: 'EXPERIENCE_ANNUAL_CAP', reason: '' }],
    });
    expect(blank.ok).toBe(false);
    const stay = await f.call('stays.create', {
      draft: over,
      overrides: [{ rule: 'EXPERIENCE_ANNUAL_CAP', reason: '退院後の生活練習のため管理者承認' }],
    });
    expect(stay.overrides).toEqual([
      {
        rule: 'EXPERIENCE_ANNUAL_CAP',
        reason: '退院後の生活練習のため管理者承認',
        approvedBy: f.manager?.id,
      },
    ]);
    expect(await f.call('usage.get', { personId: taro.id })).toEqual({
      fiscalYear: 2026,
      experienceDays: 6,
      cap: 5,
      remaining: 0,
    });
  });

  it('an override never lets an error through', async () => {
    await f.call('stays.create', { draft: draft() });
    const other = await f.call('persons.save', { person: personInput({ givenName: '花子' }) });
    const answer = await f.answer('stays.create', {
      draft: draft({ personId: other.id }),
      overrides: [{ rule: 'BED_OCCUPIED', reason: 'どうしても' }],
    });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('RULE_VIOLATION');
  });
});

describe('changing a stay', () => {
  it('moves a stay to another bed and dates, re-checked without colliding with itself', async () => {
    const stay = await f.call('stays.create', { draft: draft() });
    expect(await codes(draft({ start: '2026-05-21', end: '2026-05-24' }), stay.id)).toEqual([]);
    const moved = await f.call('stays.update', {
      id: stay.id,
      changes: { start: '2026-05-21', end: '2026-05-24' },
    });
    expect([moved.start, moved.end]).toEqual(['2026-05-21', '2026-05-24']);
    const refused = await f.answer('stays.update', { id: stay.id, changes: { bedId: bedB.id } });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('RULE_VIOLATION');
    expect((await f.call('stays.get', { id: stay.id })).bedId).toBe(bedA.id);
  });

  it('confirms, checks in and checks out early, freeing the remaining nights', async () => {
    const stay = await f.call('stays.create', {
      draft: draft({ start: '2026-05-12', end: '2026-05-16' }),
    });
    await f.call('stays.update', { id: stay.id, changes: { status: 'confirmed' } });
    const inStay = await f.call('stays.checkIn', { id: stay.id });
    expect(inStay.status).toBe('in_stay');
    f.clock.now = japanNoon('2026-05-14');
    const done = await f.call('stays.checkOut', { id: stay.id });
    expect(done).toMatchObject({
      status: 'completed',
      end: '2026-05-14',
      originalEnd: '2026-05-16',
    });
    const other = await f.call('persons.save', { person: personInput({ givenName: '花子' }) });
    expect(
      await codes(draft({ personId: other.id, start: '2026-05-14', end: '2026-05-16' })),
    ).toEqual([]);
  });

  it('refuses check-in before the arrival date and check-out of a stay not in the facility', async () => {
    const stay = await f.call('stays.create', { draft: draft() });
    const early = await f.answer('stays.checkIn', { id: stay.id });
    expect(early.ok ? 'ok' : early.error.code).toBe('CHECK_IN_TOO_EARLY');
    const out = await f.answer('stays.checkOut', { id: stay.id });
    expect(out.ok ? 'ok' : out.error.code).toBe('INVALID_TRANSITION');
    expect((await f.call('stays.get', { id: stay.id })).status).toBe('tentative');
  });

  it('checks a guest in only through stays.checkIn, so stays.update cannot mark a stay in the facility before its arrival date', async () => {
    const stay = await f.call('stays.create', { draft: draft({ status: 'confirmed' }) });
    const early = await f.answer('stays.update', { id: stay.id, changes: { status: 'in_stay' } });
    expect(early.ok ? 'ok' : early.error.code).toBe('INVALID_TRANSITION');
    expect((await f.call('stays.get', { id: stay.id })).status).toBe('confirmed');
  });

  it('asks a written reason for an experience stay on a bed kept for emergencies, and records who approved it', async () => {
    const reserved = await f.call('beds.save', {
      bed: bedInput('R-3', 3, { emergencyReserved: true }),
    });
    const onReserved = draft({ bedId: reserved.id });
    expect(await codes(onReserved)).toEqual(['EMERGENCY_BED_RESERVED']);
    const refused = await f.answer('stays.create', { draft: onReserved });
    expect(refused.ok ? 'ok' : refused.error).toMatchObject({
      code: 'RULE_VIOLATION',
      missingOverrides: ['EMERGENCY_BED_RESERVED'],
    });
    expect(await f.call('stays.list', { from: '2026-05-01', to: '2026-05-31' })).toEqual([]);

    const stay = await f.call('stays.create', {
      draft: onReserved,
      overrides: [{ rule: 'EMERGENCY_BED_RESERVED', reason: '他のベッドが改修中のため' }],
    });
    expect(stay.overrides).toEqual([
      {
        rule: 'EMERGENCY_BED_RESERVED',
        reason: '他のベッドが改修中のため',
        approvedBy: f.manager?.id,
      },
    ]);
    // An emergency on the same bed needs nothing.
    expect(
      await codes(
        draft({ bedId: reserved.id, kind: 'emergency', start: '2026-06-01', end: '2026-06-03' }),
      ),
    ).toEqual([]);
  });

  it('asks the reason again when a stay is moved onto a reserved bed from another', async () => {
    const reserved = await f.call('beds.save', {
      bed: bedInput('R-3', 3, { emergencyReserved: true }),
    });
    const stay = await f.call('stays.create', { draft: draft() });
    const moved = await f.answer('stays.update', { id: stay.id, changes: { bedId: reserved.id } });
    expect(moved.ok ? 'ok' : moved.error).toMatchObject({
      code: 'RULE_VIOLATION',
      missingOverrides: ['EMERGENCY_BED_RESERVED'],
    });
    expect((await f.call('stays.get', { id: stay.id })).bedId).toBe(bedA.id);
  });

  it('keeps who approved an override when another staff member later moves the stay', async () => {
    await f.call('settings.update', { experienceMaxDaysPerStay: 3 });
    const stay = await f.call('stays.create', {
      draft: draft({ start: '2026-05-20', end: '2026-05-24' }),
      overrides: [{ rule: 'EXPERIENCE_STAY_LENGTH', reason: '管理者承認済み' }],
    });
    expect(stay.overrides[0]?.approvedBy).toBe(f.manager?.id);
    const desk = await f.addStaff(['desk']);
    const moved = await f.as(await f.signIn(desk.staff.id, desk.secret)).call('stays.update', {
      id: stay.id,
      changes: { start: '2026-05-21', end: '2026-05-25' },
    });
    expect(moved.overrides).toEqual([
      { rule: 'EXPERIENCE_STAY_LENGTH', reason: '管理者承認済み', approvedBy: f.manager?.id },
    ]);
    const history = await f.call('stays.history', { id: stay.id });
    expect(history[0]).toMatchObject({ action: 'stay.update', actor: desk.staff.id });
  });

  it('cancels with a reason and frees the bed; a cancelled stay cannot be re-opened', async () => {
    const stay = await f.call('stays.create', { draft: draft() });
    const noReason = await f.answer('stays.cancel', { id: stay.id, reason: '  ' });
    expect(noReason.ok ? 'ok' : noReason.error.code).toBe('INVALID_INPUT');
    const cancelled = await f.call('stays.cancel', { id: stay.id, reason: '家族の都合' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '家族の都合' });
    const reopen = await f.answer('stays.update', {
      id: stay.id,
      changes: { status: 'confirmed' },
    });
    expect(reopen.ok ? 'ok' : reopen.error.code).toBe('INVALID_TRANSITION');
    expect(await codes(draft())).toEqual([]);
  });

  it('answers NOT_FOUND for a stay that does not exist', async () => {
    for (const [channel, input] of [
      ['stays.get', { id: 'nope' }],
      ['stays.update', { id: 'nope', changes: { note: 'x' } }],
      ['stays.cancel', { id: 'nope', reason: 'x' }],
      ['stays.checkIn', { id: 'nope' }],
      ['stays.checkOut', { id: 'nope' }],
      ['stays.markContacted', { id: 'nope' }],
    ] as const) {
      const answer = await f.answer(channel, input);
      expect(answer.ok ? 'ok' : answer.error.code, channel).toBe('NOT_FOUND');
    }
  });

  it('keeps data across a restart', async () => {
    const stay = await f.call('stays.create', { draft: draft({ note: '夕食は刻み食' }) });
    await f.restart();
    expect(await f.call('stays.get', { id: stay.id })).toEqual(stay);
    expect((await f.call('beds.list', {})).map((b) => b.name)).toEqual(['A-1', 'A-2']);
  });
});
