import { describe, expect, it } from 'vitest';
import type { CheckContext, CheckedDraft } from './context';
import type { Stay } from '../domain/schemas';
import { checkStay } from './check-stay';
import { RULE_CODES } from './codes';
import {
  makeBed,
  makeBlock,
  makeContext,
  makeDraft,
  makePerson,
  makeStay,
  testSettings,
} from './test-fixtures';

interface Case {
  name: string;
  draft?: Partial<CheckedDraft>;
  ctx?: Partial<CheckContext>;
  stays?: Stay[];
  expected: [string, string][];
}

const otherPerson = { personId: 'p2' };

const cases: Case[] = [
  { name: 'accepts a free bed for a registered, authorised person', expected: [] },
  {
    name: 'refuses a stay without a night',
    draft: { start: '2026-05-12', end: '2026-05-12' },
    expected: [['INVALID_DATES', 'error']],
  },
  {
    name: 'refuses a date that is not on the calendar',
    draft: { start: '2027-02-28', end: '2027-02-29' },
    expected: [['INVALID_DATES', 'error']],
  },
  {
    name: 'still reports the bed rules when the dates are invalid',
    draft: { start: '2026-05-14', end: '2026-05-12' },
    ctx: { bed: makeBed({ active: false }) },
    expected: [
      ['INVALID_DATES', 'error'],
      ['BED_INACTIVE', 'error'],
    ],
  },
  {
    name: 'refuses a bed that does not exist',
    ctx: { bed: undefined },
    expected: [['BED_NOT_FOUND', 'error']],
  },
  {
    name: 'refuses a bed out of service',
    ctx: { bed: makeBed({ active: false }) },
    expected: [['BED_INACTIVE', 'error']],
  },
  {
    name: 'refuses an experience stay on an emergency-only bed',
    ctx: { bed: makeBed({ allows: ['emergency'] }) },
    expected: [['BED_NOT_ALLOWED', 'error']],
  },
  {
    name: 'refuses a bed closed on one of the nights',
    ctx: { blocks: [makeBlock({ start: '2026-05-13', end: '2026-05-20' })] },
    expected: [['BED_BLOCKED', 'error']],
  },
  {
    name: 'accepts arriving on the day a block ends',
    ctx: { blocks: [makeBlock({ start: '2026-05-01', end: '2026-05-12' })] },
    expected: [],
  },
  {
    name: 'ignores a block of another bed',
    ctx: { blocks: [makeBlock({ bedId: 'b2', start: '2026-05-01', end: '2026-05-30' })] },
    expected: [],
  },
  {
    name: 'refuses a bed another guest holds on one of the nights',
    stays: [makeStay({ id: 's1', ...otherPerson, start: '2026-05-13', end: '2026-05-15' })],
    expected: [['BED_OCCUPIED', 'error']],
  },
  {
    name: 'allows same-day turnover after the stay before',
    stays: [makeStay({ id: 's1', ...otherPerson, start: '2026-05-10', end: '2026-05-12' })],
    expected: [],
  },
  {
    name: 'allows same-day turnover before the stay after',
    stays: [makeStay({ id: 's1', ...otherPerson, start: '2026-05-14', end: '2026-05-16' })],
    expected: [],
  },
  {
    name: 'ignores cancelled and bumped stays',
    stays: [
      makeStay({ id: 's1', status: 'cancelled', start: '2026-05-12', end: '2026-05-14' }),
      makeStay({ id: 's2', status: 'bumped', start: '2026-05-12', end: '2026-05-14' }),
    ],
    expected: [],
  },
  {
    name: 'ignores the stay being edited',
    ctx: { stayId: 's1' },
    stays: [makeStay({ id: 's1', start: '2026-05-11', end: '2026-05-13' })],
    expected: [],
  },
  {
    name: 'refuses a second stay of the same person on another bed',
    stays: [makeStay({ id: 's1', bedId: 'b2', start: '2026-05-13', end: '2026-05-15' })],
    expected: [['PERSON_OVERLAP', 'error']],
  },
  {
    name: 'refuses an experience stay of a person not pre-registered',
    ctx: { person: makePerson({ registration: { status: 'pending' } }) },
    expected: [['NOT_REGISTERED', 'error']],
  },
  {
    name: 'only warns when an emergency guest is not registered yet',
    draft: { kind: 'emergency' },
    ctx: { person: makePerson({ registration: { status: 'ended' } }) },
    expected: [['NOT_REGISTERED', 'warning']],
  },
  {
    name: 'refuses an experience stay when the authorisation ends during it',
    ctx: { person: makePerson({ authorizations: [{ from: '2026-04-01', to: '2026-05-13' }] }) },
    expected: [['NO_AUTHORIZATION', 'error']],
  },
  {
    name: 'only warns when an emergency stay is not authorised',
    draft: { kind: 'emergency' },
    ctx: { person: makePerson({ authorizations: [] }) },
    expected: [['NO_AUTHORIZATION', 'warning']],
  },
  {
    name: 'accepts two authorisations that together cover every date',
    ctx: {
      person: makePerson({
        authorizations: [
          { from: '2026-04-01', to: '2026-05-12' },
          { from: '2026-05-13', to: '2027-03-31' },
        ],
      }),
    },
    expected: [],
  },
  {
    name: 'accepts an experience stay of exactly seven days',
    draft: { start: '2026-05-12', end: '2026-05-18' },
    expected: [],
  },
  {
    name: 'asks for an override for an experience stay of eight days',
    draft: { start: '2026-05-12', end: '2026-05-19' },
    expected: [['EXPERIENCE_STAY_LENGTH', 'override']],
  },
  {
    name: 'accepts an emergency stay of exactly seven days',
    draft: { kind: 'emergency', start: '2026-05-12', end: '2026-05-18' },
    expected: [],
  },
  {
    name: 'warns about an emergency stay longer than the emergency period',
    draft: { kind: 'emergency', start: '2026-05-12', end: '2026-05-26' },
    expected: [['EMERGENCY_LENGTH', 'warning']],
  },
  {
    name: 'reports every violation at once in a stable order',
    draft: { start: '2026-05-12', end: '2026-05-20' },
    ctx: {
      bed: makeBed({ allows: ['emergency'] }),
      person: makePerson({ registration: { status: 'pending' }, authorizations: [] }),
      blocks: [makeBlock({ start: '2026-05-19', end: '2026-05-21' })],
    },
    stays: [
      makeStay({ id: 's1', start: '2026-05-10', end: '2026-05-13' }),
      makeStay({ id: 's2', ...otherPerson, start: '2026-05-15', end: '2026-05-16' }),
    ],
    expected: [
      ['BED_NOT_ALLOWED', 'error'],
      ['BED_BLOCKED', 'error'],
      ['BED_OCCUPIED', 'error'],
      ['PERSON_OVERLAP', 'error'],
      ['NOT_REGISTERED', 'error'],
      ['NO_AUTHORIZATION', 'error'],
      ['EXPERIENCE_STAY_LENGTH', 'override'],
    ],
  },
];

describe('checkStay', () => {
  it.each(cases)('$name', ({ draft, ctx, stays, expected }) => {
    const violations = checkStay(makeDraft(draft), makeContext(ctx, stays));
    expect(violations.map((v) => [v.code, v.severity])).toEqual(expected);
  });

  it('lists the conflicting stays and the shared nights of an occupied bed', () => {
    const stays = [
      makeStay({ id: 's1', ...otherPerson, start: '2026-05-10', end: '2026-05-13' }),
      makeStay({ id: 's2', personId: 'p3', start: '2026-05-13', end: '2026-05-20' }),
    ];
    const [v] = checkStay(makeDraft({ end: '2026-05-15' }), makeContext({}, stays));
    expect(v?.details).toEqual({
      stayIds: ['s1', 's2'],
      count: 2,
      nights: ['2026-05-12', '2026-05-13', '2026-05-14'],
      from: '2026-05-12',
      nightCount: 3,
    });
    expect(v?.message).toBe(
      'このベッドは2026年5月12日(火)から3泊が他の予約（2件）と重なっています',
    );
  });

  it('never names the person in a message', () => {
    const person = makePerson({ registration: { status: 'pending' }, authorizations: [] });
    const stays = [makeStay({ id: 's1', start: '2026-05-10', end: '2026-05-13' })];
    const violations = checkStay(
      makeDraft({ end: '2026-05-30' }),
      makeContext({ person, settings: { ...testSettings, consecutiveDaysLimit: 5 } }, stays),
    );
    expect(violations.length).toBeGreaterThan(4);
    for (const v of violations) {
      expect(v.message).not.toMatch(/山田|太郎|ヤマダ|タロウ/);
      expect(v.message.length).toBeGreaterThan(0);
    }
  });

  it('uses only codes from RULE_CODES', () => {
    const violations = checkStay(
      makeDraft({ start: '2026-05-12', end: '2026-05-11' }),
      makeContext({ bed: undefined }),
    );
    for (const v of violations) expect(RULE_CODES).toContain(v.code);
  });
});
