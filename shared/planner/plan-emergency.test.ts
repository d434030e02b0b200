import { describe, expect, it } from 'vitest';
import type { Bed, BedBlock, EmergencyPlan, Person, Stay } from '../domain/schemas';
import { makeBed, makeBlock, makePerson, makeStay, testSettings } from '../rules/test-fixtures';
import { offerSearchStart, offerWindow } from './offers';
import { planEmergency, planWindow, type PlanSnapshot } from './plan-emergency';

const TODAY = '2026-05-12';
const request = { personId: 'pe', start: '2026-05-12', end: '2026-05-15' };

const emergencyBed = makeBed({ id: 'e1', name: 'E-1', order: 1, emergencyReserved: true });
const a1 = makeBed({ id: 'a1', name: 'A-1', order: 2 });
const a2 = makeBed({ id: 'a2', name: 'A-2', order: 3 });
const experienceOnly = makeBed({ id: 'x1', name: 'X-1', order: 0, allows: ['experience'] });
const emergencyOnly = makeBed({ id: 'e2', name: 'E-2', order: 1, allows: ['emergency'] });

/** A stay of another person holding `bedId` across the emergency's nights. */
function guest(id: string, bedId: string, over: Partial<Stay> = {}): Stay {
  return makeStay({
    id,
    personId: `p-${id}`,
    bedId,
    start: '2026-05-12',
    end: '2026-05-15',
    ...over,
  });
}

const heldByEmergency = (bedId: string): Stay =>
  guest(`em-${bedId}`, bedId, { kind: 'emergency', start: '2026-05-10', end: '2026-05-20' });

function snapshot(
  beds: Bed[],
  stays: Stay[],
  blocks: BedBlock[] = [],
  extra: Stay[] = [],
): PlanSnapshot {
  const persons: Record<string, Person> = { pe: makePerson({ id: 'pe' }) };
  const personStays: Record<string, Stay[]> = { pe: [] };
  for (const s of [...stays, ...extra]) {
    persons[s.personId] = makePerson({ id: s.personId });
    personStays[s.personId] = [...(personStays[s.personId] ?? []), s];
  }
  return { settings: testSettings, today: TODAY, beds, blocks, stays, persons, personStays };
}

function planOf(snap: PlanSnapshot): EmergencyPlan {
  const result = planEmergency(request, snap);
  if (!result.ok) throw new Error(`expected a plan: ${result.reasons.join(' / ')}`);
  return result.plan;
}

describe('planEmergency: choosing the bed', () => {
  it.each([
    {
      name: 'prefers a free bed reserved for emergencies over an earlier free bed',
      beds: [makeBed({ id: 'a0', name: 'A-0', order: 0 }), makeBed({ ...emergencyBed, order: 5 })],
      stays: [],
      bedId: 'e1',
      bumped: [],
    },
    {
      name: 'takes the first free bed in order when no reserved bed is free',
      beds: [emergencyBed, a2, a1],
      stays: [heldByEmergency('e1')],
      bedId: 'a1',
      bumped: [],
    },
    {
      name: 'takes a free bed rather than bumping anybody',
      beds: [emergencyBed, a1],
      stays: [guest('s1', 'e1')],
      bedId: 'a1',
      bumped: [],
    },
    {
      name: 'ignores a free bed that does not take emergencies',
      beds: [experienceOnly, a1],
      stays: [guest('s1', 'a1')],
      bedId: 'a1',
      bumped: ['s1'],
    },
    {
      name: 'ignores a free bed that is out of service',
      beds: [makeBed({ ...a2, active: false }), a1],
      stays: [guest('s1', 'a1')],
      bedId: 'a1',
      bumped: ['s1'],
    },
    {
      name: 'treats a guest leaving on the emergency start date as no obstacle',
      beds: [a1],
      stays: [guest('s1', 'a1', { start: '2026-05-08', end: '2026-05-12', status: 'in_stay' })],
      bedId: 'a1',
      bumped: [],
    },
  ])('$name', ({ beds, stays, bedId, bumped }) => {
    const plan = planOf(snapshot(beds, stays));
    expect(plan.bedId).toBe(bedId);
    expect(plan.bumped).toEqual(bumped);
  });

  it('explains a free reserved bed', () => {
    expect(planOf(snapshot([emergencyBed], [])).reasons[0]).toBe('緊急用ベッドE-1が空いています');
  });

  it('answers NO_EMERGENCY_CAPACITY when every bed is held by emergencies, blocked or unsuitable', () => {
    const result = planEmergency(
      request,
      snapshot(
        [emergencyBed, a1, experienceOnly],
        [heldByEmergency('e1')],
        [makeBlock({ bedId: 'a1', start: '2026-05-14', end: '2026-05-16' })],
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('NO_EMERGENCY_CAPACITY');
      expect(result.reasons).toHaveLength(4);
    }
  });

  it('never bumps a bed shared by an experience stay and an emergency stay', () => {
    const result = planEmergency(
      request,
      snapshot(
        [a1],
        [
          guest('s1', 'a1', { end: '2026-05-13' }),
          guest('em', 'a1', { kind: 'emergency', start: '2026-05-13' }),
        ],
      ),
    );
    expect(result.ok).toBe(false);
  });
});

describe('planEmergency: ranking candidates, each key deciding', () => {
  it.each([
    {
      name: 'spares guests already in the facility before anything else',
      stays: [
        guest('in', 'a1', { status: 'in_stay', start: '2026-05-11', end: '2026-05-13' }),
        guest('b1', 'a2', { end: '2026-05-13' }),
        guest('b2', 'a2', { start: '2026-05-13', end: '2026-05-19' }),
      ],
      bedId: 'a2',
      reason: '利用中の方への影響が最も少ないベッドです',
    },
    {
      name: 'then bumps the fewest bookings, even if they are longer',
      stays: [
        guest('b1', 'a1', { end: '2026-05-13' }),
        guest('b2', 'a1', { start: '2026-05-14', end: '2026-05-15' }),
        guest('long', 'a2', { end: '2026-05-18' }),
      ],
      bedId: 'a2',
      reason: '延期する予約が最も少ないベッドです',
    },
    {
      name: 'then displaces the fewest experience days',
      stays: [guest('long', 'a1', { end: '2026-05-18' }), guest('short', 'a2')],
      bedId: 'a2',
      reason: '延期・短縮する体験利用の日数が最も少ないベッドです',
    },
    {
      name: 'then bumps the most recently booked stay first',
      stays: [
        guest('old', 'a1', { createdAt: '2026-04-01T09:00:00.000Z' }),
        guest('new', 'a2', { createdAt: '2026-04-20T09:00:00+09:00' }),
      ],
      bedId: 'a2',
      reason: '最も新しく入った予約を延期します（後から入った予約から延期）',
    },
    {
      name: 'then follows bed order',
      stays: [guest('one', 'a2'), guest('two', 'a1')],
      bedId: 'a1',
      reason: 'ほかの条件が同じため、ベッドの並び順で選びました',
    },
    {
      name: 'counts a guest who arrived on the emergency start date as a guest in the facility',
      stays: [
        guest('today', 'a1', { status: 'in_stay', start: '2026-05-12', end: '2026-05-13' }),
        guest('week', 'a2', { end: '2026-05-18' }),
      ],
      bedId: 'a2',
      reason: '利用中の方への影響が最も少ないベッドです',
    },
  ])('$name', ({ stays, bedId, reason }) => {
    const plan = planOf(snapshot([a1, a2], stays));
    expect(plan.bedId).toBe(bedId);
    expect(plan.reasons).toContain(reason);
  });

  it('says which booking gives way when the newest booking decides', () => {
    const plan = planOf(
      snapshot(
        [a1, a2],
        [
          guest('old', 'a1', { createdAt: '2026-04-01T00:00:00.000Z' }),
          guest('new', 'a2', { createdAt: '2026-04-02T00:00:00.000Z' }),
        ],
      ),
    );
    expect(plan.reasons).toContain('体験利用1件を延期します（最も新しい予約）');
  });
});

describe('planEmergency: effects on the chosen bed', () => {
  it('cuts a guest in the facility short to leave on the emergency start date', () => {
    const plan = planOf(
      snapshot(
        [a1],
        [guest('in', 'a1', { status: 'in_stay', start: '2026-05-10', end: '2026-05-14' })],
      ),
    );
    expect(plan.cutShort).toEqual([{ stayId: 'in', newEnd: '2026-05-12' }]);
    expect(plan.bumped).toEqual([]);
    expect(plan.offers).toEqual({});
  });

  it('bumps a guest who arrived on the emergency start date, since no night would be left', () => {
    const plan = planOf(
      snapshot(
        [a1],
        [guest('in', 'a1', { status: 'in_stay', start: '2026-05-12', end: '2026-05-14' })],
      ),
    );
    expect(plan.bumped).toEqual(['in']);
    expect(plan.cutShort).toEqual([]);
    expect(Object.keys(plan.offers)).toEqual(['in']);
  });

  it('bumps every booking on the chosen bed that meets the emergency nights', () => {
    const plan = planOf(
      snapshot(
        [a1],
        [
          guest('b1', 'a1', { start: '2026-05-10', end: '2026-05-13', status: 'tentative' }),
          guest('b2', 'a1', { start: '2026-05-14', end: '2026-05-16' }),
          guest('after', 'a1', { start: '2026-05-15', end: '2026-05-16', status: 'cancelled' }),
        ],
      ),
    );
    expect(plan.bumped).toEqual(['b1', 'b2']);
  });
});

describe('planEmergency: the emergency stay’s own violations', () => {
  it('warns about a person not yet registered and a long emergency', () => {
    const snap = snapshot([emergencyBed], []);
    snap.persons.pe = makePerson({ id: 'pe', registration: { status: 'pending' } });
    const result = planEmergency({ ...request, end: '2026-05-22' }, snap);
    expect(result.ok && result.plan.violations.map((v) => [v.code, v.severity])).toEqual([
      ['NOT_REGISTERED', 'warning'],
      ['EMERGENCY_LENGTH', 'warning'],
    ]);
  });

  it('reports an error when the person already stays elsewhere on those nights', () => {
    const own = makeStay({
      id: 'own',
      personId: 'pe',
      bedId: 'zz',
      start: '2026-05-13',
      end: '2026-05-14',
    });
    const snap = snapshot([emergencyBed], [own]);
    expect(planOf(snap).violations.map((v) => v.code)).toEqual(['PERSON_OVERLAP']);
  });

  it('does not count the bumped stays against the emergency', () => {
    expect(planOf(snapshot([a1], [guest('s1', 'a1')])).violations).toEqual([]);
  });
});

describe('planEmergency: reschedule offers', () => {
  // e2 only takes emergencies and is held; a1 is the only bed for experience stays.
  const beds = [emergencyOnly, a1];
  const bumpedStay = guest('bump', 'a1', { start: '2026-05-13', end: '2026-05-16' });

  function offersFor(
    stays: Stay[],
    blocks: BedBlock[] = [],
    extra: Stay[] = [],
    bedList: Bed[] = beds,
  ): { bedId: string; start: string; end: string }[] {
    const plan = planOf(snapshot(bedList, [heldByEmergency('e2'), ...stays], blocks, extra));
    expect(plan.bumped).toEqual(['bump']);
    return plan.offers.bump ?? [];
  }

  it('offers up to three distinct start dates of the same length, earliest first, after the emergency', () => {
    expect(offersFor([bumpedStay])).toEqual([
      { bedId: 'a1', start: '2026-05-15', end: '2026-05-18' },
      { bedId: 'a1', start: '2026-05-16', end: '2026-05-19' },
      { bedId: 'a1', start: '2026-05-17', end: '2026-05-20' },
    ]);
  });

  it('makes one offer per start date, on the first bed in order', () => {
    const plan = planOf(
      snapshot(
        [emergencyBed, a1, a2],
        [
          heldByEmergency('e1'),
          guest('bump', 'a1', {
            start: '2026-05-13',
            end: '2026-05-16',
          }),
          guest('x', 'a2', { start: '2026-05-12', end: '2026-05-13', kind: 'emergency' }),
        ],
      ),
    );
    expect(plan.offers.bump?.map((o) => [o.bedId, o.start])).toEqual([
      ['a2', '2026-05-13'],
      ['a2', '2026-05-14'],
      ['a1', '2026-05-15'],
    ]);
  });

  it('skips nights when the bed is blocked', () => {
    const block = makeBlock({ bedId: 'a1', start: '2026-05-15', end: '2026-05-25' });
    expect(offersFor([bumpedStay], [block]).map((o) => o.start)).toEqual([
      '2026-05-25',
      '2026-05-26',
      '2026-05-27',
    ]);
  });

  it('skips dates when the person stays elsewhere', () => {
    const elsewhere = makeStay({
      id: 'el',
      personId: 'p-bump',
      bedId: 'zz',
      start: '2026-05-15',
      end: '2026-05-20',
    });
    expect(offersFor([bumpedStay], [], [elsewhere]).map((o) => o.start)).toEqual([
      '2026-05-20',
      '2026-05-21',
      '2026-05-22',
    ]);
  });

  it('makes no offer that would need an annual cap override', () => {
    const used = makeStay({
      id: 'used',
      personId: 'p-bump',
      bedId: 'zz',
      start: '2026-04-01',
      end: '2026-04-27',
    });
    const plan = planOf(snapshot(beds, [heldByEmergency('e2'), bumpedStay], [], [used]));
    expect(plan.offers.bump).toEqual([]);
    expect(plan.reasons).toContain('8週間以内に振替候補が見つからない予約が1件あります');
  });

  it('offers again as soon as the cap allows, counting the bumped stay as gone', () => {
    const used = makeStay({
      id: 'used',
      personId: 'p-bump',
      bedId: 'zz',
      start: '2026-04-01',
      end: '2026-04-26',
    });
    expect(offersFor([bumpedStay], [], [used])).toHaveLength(3);
  });

  // An emergency six months ahead, on a1 held by a booking; e2 is held by another emergency.
  const later = { personId: 'pe', start: '2026-11-10', end: '2026-11-13' };
  const laterBumped = guest('bump', 'a1', { start: '2026-11-11', end: '2026-11-14' });
  const laterHeld = guest('em-e2', 'e2', {
    kind: 'emergency',
    start: '2026-11-01',
    end: '2026-11-30',
  });

  it("searches the eight weeks from the bumped stay's own start when the emergency is months ahead", () => {
    // Six months ahead: searching from tomorrow would find only dates before the plan's window.
    const result = planEmergency(later, snapshot(beds, [laterHeld, laterBumped]));
    if (!result.ok) throw new Error(result.reasons.join(' / '));
    expect(result.plan.bumped).toEqual(['bump']);
    // a1 is the emergency's until the 13th: the first offers are the 13th, 14th and 15th.
    expect(result.plan.offers.bump).toEqual([
      { bedId: 'a1', start: '2026-11-13', end: '2026-11-16' },
      { bedId: 'a1', start: '2026-11-14', end: '2026-11-17' },
      { bedId: 'a1', start: '2026-11-15', end: '2026-11-18' },
    ]);
  });

  it("offers nothing beyond eight weeks from the bumped stay's start", () => {
    // Closed from the emergency's end to the last day of the eight weeks (11-11 + 55 = 01-05).
    const block = makeBlock({ bedId: 'a1', start: '2026-11-13', end: '2027-01-05' });
    const result = planEmergency(later, snapshot(beds, [laterHeld, laterBumped], [block]));
    if (!result.ok) throw new Error(result.reasons.join(' / '));
    expect(result.plan.offers.bump?.map((o) => o.start)).toEqual(['2027-01-05']);
  });

  const reservedBoth = makeBed({ id: 'r0', name: 'R-0', order: 0, emergencyReserved: true });
  const reservedUntil15th = guest('r0-held', 'r0', {
    kind: 'emergency',
    start: '2026-05-10',
    end: '2026-05-15',
  });

  it('never offers a bed kept for emergencies, even when it is the first one free', () => {
    // R-0 takes both kinds and is free from the 15th, when the offers could begin.
    const offers = offersFor(
      [bumpedStay, reservedUntil15th],
      [makeBlock({ bedId: 'a1', start: '2026-05-15', end: '2026-05-25' })],
      [],
      [reservedBoth, emergencyOnly, a1],
    );
    expect(offers.map((o) => [o.bedId, o.start])).toEqual([
      ['a1', '2026-05-25'],
      ['a1', '2026-05-26'],
      ['a1', '2026-05-27'],
    ]);
  });

  it('offers nothing when only a reserved bed is free', () => {
    const block = makeBlock({ bedId: 'a1', start: '2026-05-15', end: '2026-09-01' });
    expect(
      offersFor([bumpedStay, reservedUntil15th], [block], [], [reservedBoth, emergencyOnly, a1]),
    ).toEqual([]);
  });

  it('offers nothing beyond eight weeks from today', () => {
    const block = makeBlock({ bedId: 'a1', start: '2026-05-15', end: '2026-07-07' });
    expect(offersFor([bumpedStay], [block]).map((o) => o.start)).toEqual(['2026-07-07']);
  });
});

describe('planWindow', () => {
  it('covers the emergency and eight weeks of offers of up to a month', () => {
    expect(planWindow(request, testSettings)).toEqual({ from: '2026-05-12', to: '2026-08-10' });
  });

  it('grows with a longer per-stay limit', () => {
    expect(planWindow(request, { experienceMaxDaysPerStay: 60 })).toEqual({
      from: '2026-05-12',
      to: '2026-09-08',
    });
  });
});

describe('planEmergency: shortening a booking that begins before the emergency', () => {
  // The emergency arrives tomorrow; tonight the bed is still free for the booked guest.
  const tomorrow = { personId: 'pe', start: '2026-05-13', end: '2026-05-16' };
  const arrivingToday = guest('today', 'a1', { start: TODAY, end: '2026-05-16' });

  function planFor(snap: PlanSnapshot): EmergencyPlan {
    const result = planEmergency(tomorrow, snap);
    if (!result.ok) throw new Error(result.reasons.join(' / '));
    return result.plan;
  }

  it.each([
    {
      name: 'shortens a booking arriving today to end on the emergency’s first day',
      stay: arrivingToday,
      shortened: [{ stayId: 'today', newEnd: '2026-05-13' }],
      bumped: [],
    },
    {
      name: 'shortens a tentative booking too',
      stay: { ...arrivingToday, status: 'tentative' as const },
      shortened: [{ stayId: 'today', newEnd: '2026-05-13' }],
      bumped: [],
    },
    {
      name: 'bumps a booking beginning on the emergency’s first day: no night would be left',
      stay: guest('same', 'a1', { start: '2026-05-13', end: '2026-05-15' }),
      shortened: [],
      bumped: ['same'],
    },
    {
      name: 'bumps a booking that should have begun days ago when only past nights would be left',
      stay: guest('late', 'a1', { start: '2026-05-10', end: '2026-05-15' }),
      shortened: [],
      bumped: ['late'],
      request: { personId: 'pe', start: TODAY, end: '2026-05-15' },
    },
  ])('$name', ({ stay, shortened, bumped, request }) => {
    const result = planEmergency(request ?? tomorrow, snapshot([a1], [stay]));
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.shortened).toEqual(shortened);
    expect(result.plan.bumped).toEqual(bumped);
    expect(result.plan.cutShort).toEqual([]);
  });

  it('says so in the plan, in words and as a code with the date', () => {
    const plan = planFor(snapshot([a1], [arrivingToday]));
    expect(plan.reasons).toContain(
      '緊急受入の前から始まる体験利用1件は、延期せず2026年5月13日(水)に退所するよう短縮します（それまでの夜はそのまま利用できます）',
    );
    expect(plan.explanations).toContainEqual({
      code: 'SHORTENS',
      details: { count: 1, date: '2026-05-13' },
    });
    expect(plan.explanations.map((r) => r.code)).not.toContain('BUMPS');
    expect(plan.offers).toEqual({});
  });

  it('bumps instead when the shorter stay would break a rule (the person is no longer registered)', () => {
    const snap = snapshot([a1], [arrivingToday]);
    snap.persons['p-today'] = makePerson({ id: 'p-today', registration: { status: 'ended' } });
    const plan = planFor(snap);
    expect(plan.bumped).toEqual(['today']);
    expect(plan.shortened).toEqual([]);
  });

  it('shortens a booking whose override still covers the shorter stay, not one that lacks it', () => {
    const longStay = { ...arrivingToday, end: '2026-05-20' };
    const strict = { ...testSettings, experienceMaxDaysPerStay: 1 };
    const withOverride = snapshot(
      [a1],
      [{ ...longStay, overrides: [{ rule: 'EXPERIENCE_STAY_LENGTH', reason: '承認済み' }] }],
    );
    withOverride.settings = strict;
    expect(planFor(withOverride).shortened).toEqual([{ stayId: 'today', newEnd: '2026-05-13' }]);
    const without = snapshot([a1], [longStay]);
    without.settings = strict;
    expect(planFor(without).bumped).toEqual(['today']);
  });

  it('ranks a bed whose booking can be shortened before one whose booking must be bumped', () => {
    const plan = planFor(
      snapshot(
        [a1, a2],
        [
          guest('bump', 'a1', { start: '2026-05-13', end: '2026-05-14' }),
          guest('today', 'a2', { start: TODAY, end: '2026-05-16' }),
        ],
      ),
    );
    expect(plan.bedId).toBe('a2');
    expect(plan.shortened.map((s) => s.stayId)).toEqual(['today']);
    expect(plan.explanations.map((r) => r.code)).toContain('CHOSEN_BOOKINGS_BUMPED');
  });

  it('still spares guests in the facility first: shortening is not cutting a guest short', () => {
    const plan = planFor(
      snapshot(
        [a1, a2],
        [
          guest('in', 'a1', { status: 'in_stay', start: '2026-05-11', end: '2026-05-16' }),
          guest('today', 'a2', { start: TODAY, end: '2026-05-16' }),
        ],
      ),
    );
    expect(plan.bedId).toBe('a2');
    expect(plan.cutShort).toEqual([]);
  });

  it('makes offers to bumped families around the nights a shortened stay keeps', () => {
    // An emergency for the 15th–17th: the booking from the 13th keeps the 13th and 14th on a1,
    // the one-night booking of the 16th is bumped and cannot be offered those nights.
    const result = planEmergency(
      { personId: 'pe', start: '2026-05-15', end: '2026-05-17' },
      snapshot(
        [emergencyOnly, a1],
        [
          heldByEmergency('e2'),
          guest('early', 'a1', { start: '2026-05-13', end: '2026-05-18' }),
          guest('later', 'a1', { start: '2026-05-16', end: '2026-05-17' }),
        ],
      ),
    );
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.shortened).toEqual([{ stayId: 'early', newEnd: '2026-05-15' }]);
    expect(result.plan.bumped).toEqual(['later']);
    expect(result.plan.offers.later?.map((o) => o.start)).toEqual([
      '2026-05-17',
      '2026-05-18',
      '2026-05-19',
    ]);
  });
});

describe('planEmergency: reasons as codes', () => {
  it('explains a free bed with its code and name', () => {
    expect(planOf(snapshot([emergencyBed], [])).explanations).toEqual([
      { code: 'FREE_RESERVED_BED', details: { bed: 'E-1' } },
      { code: 'NOTHING_DISPLACED', details: {} },
    ]);
  });

  it('explains no capacity bed by bed', () => {
    const result = planEmergency(
      request,
      snapshot([emergencyBed, experienceOnly], [heldByEmergency('e1')]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.explanations.map((r) => r.code)).toEqual([
        'NO_CAPACITY',
        'BED_NO_EMERGENCY',
        'BED_HELD',
      ]);
      expect(result.reasons[1]).toBe('ベッドX-1は緊急利用に使えません');
    }
  });
});

describe('offerSearchStart and offerWindow', () => {
  it.each([
    ['a stay starting tomorrow', '2026-05-13', '2026-05-16', '2026-05-13', '2026-07-10'],
    [
      'a stay that already began (bumped long ago)',
      '2026-05-01',
      '2026-05-04',
      '2026-05-13',
      '2026-07-10',
    ],
    ['a stay months ahead', '2026-11-11', '2026-11-14', '2026-11-11', '2027-01-08'],
  ])('%s: starts are searched from %s', (_what, start, end, from, to) => {
    expect(offerSearchStart(TODAY, { start })).toBe(from);
    expect(offerWindow(TODAY, { start, end })).toEqual({ from, to });
  });
});
