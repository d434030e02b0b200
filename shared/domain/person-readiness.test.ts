import { describe, expect, it } from 'vitest';
import { makePerson, READY_RECORD } from '../rules/test-fixtures';
import {
  authorizationStanding,
  personReadiness,
  personsWithGaps,
  type ReadinessGap,
} from './person-readiness';
import type { Person } from './schemas';

const TODAY = '2026-05-12';

/** A registered person with nothing missing: the base every case takes one thing from. */
function ready(over: Partial<Person> = {}): Person {
  return makePerson({ ...structuredClone(READY_RECORD), ...over } as Partial<Person>);
}

const cases: { name: string; person: Person; missing: ReadinessGap[] }[] = [
  { name: 'nothing missing', person: ready(), missing: [] },
  { name: 'no emergency contact', person: ready({ contacts: [] }), missing: ['contacts'] },
  {
    name: 'contacts never entered',
    person: ready({ contacts: undefined }),
    missing: ['contacts'],
  },
  {
    name: 'no authorisation on file',
    person: ready({ authorizations: [] }),
    missing: ['authorization'],
  },
  {
    name: 'the authorisation ended',
    person: ready({ authorizations: [{ from: '2025-04-01', to: '2026-03-31' }] }),
    missing: ['authorization'],
  },
  {
    name: 'the only authorisation starts later',
    person: ready({ authorizations: [{ from: '2026-06-01', to: '2027-05-31' }] }),
    missing: ['authorization'],
  },
  {
    name: 'the authorisation ends soon with no renewal',
    person: ready({ authorizations: [{ from: '2025-06-01', to: '2026-05-31' }] }),
    missing: ['authorization'],
  },
  {
    name: 'the authorisation ends soon but the renewal is on file',
    person: ready({
      authorizations: [
        { from: '2025-06-01', to: '2026-05-31' },
        { from: '2026-06-01', to: '2027-05-31' },
      ],
    }),
    missing: [],
  },
  {
    name: 'no consultation office',
    person: ready({ consultationOffice: undefined }),
    missing: ['consultationOffice'],
  },
  {
    name: 'a consultation office with no phone',
    person: ready({ consultationOffice: { office: 'さくら相談室' } }),
    missing: ['consultationOffice'],
  },
  {
    name: 'no care notes at all',
    person: ready({ careNotes: undefined }),
    missing: ['careNotes'],
  },
  {
    name: 'a care topic blank and not marked 特になし',
    person: ready({ careNotes: { ...ready().careNotes!, diet: '  ' } }),
    missing: ['careNotes'],
  },
  {
    name: 'every topic marked 特になし',
    person: ready({
      careNotes: {
        flags: [],
        nothingToNote: ['medications', 'allergies', 'medicalCare', 'mobility', 'diet'],
      },
    }),
    missing: [],
  },
  {
    name: 'behaviour support is not asked of everyone',
    person: ready({ careNotes: { ...ready().careNotes!, behaviourSupport: undefined } }),
    missing: [],
  },
  {
    name: 'no review date',
    person: ready({ registration: { status: 'registered' } }),
    missing: ['review'],
  },
  {
    name: 'the review date has passed',
    person: ready({ registration: { status: 'registered', reviewDate: '2026-05-11' } }),
    missing: ['review'],
  },
  {
    name: 'the review falls due today',
    person: ready({ registration: { status: 'registered', reviewDate: TODAY } }),
    missing: [],
  },
  {
    name: 'everything missing, in the checklist order',
    person: ready({
      contacts: [],
      authorizations: [],
      consultationOffice: undefined,
      careNotes: undefined,
      registration: { status: 'registered' },
    }),
    missing: ['contacts', 'authorization', 'consultationOffice', 'careNotes', 'review'],
  },
];

describe('personReadiness', () => {
  it.each(cases)('$name', ({ person, missing }) => {
    expect(personReadiness(person, TODAY).missing).toEqual(missing);
  });

  it('names the care topics still to answer, 特になし counting as an answer', () => {
    const person = ready({
      careNotes: { medications: '', allergies: 'なし', flags: [], nothingToNote: ['diet'] },
    });
    expect(personReadiness(person, TODAY).careTopicsMissing).toEqual([
      'medications',
      'medicalCare',
      'mobility',
    ]);
  });
});

describe('authorizationStanding', () => {
  it.each([
    ['none on file', [], { state: 'none' }],
    [
      'ended: the latest end',
      [
        { from: '2024-04-01', to: '2025-03-31' },
        { from: '2025-04-01', to: '2026-03-31' },
      ],
      { state: 'ended', ends: '2026-03-31' },
    ],
    [
      'ending soon',
      [{ from: '2025-06-01', to: '2026-06-30' }],
      { state: 'endingSoon', ends: '2026-06-30' },
    ],
    [
      'current',
      [{ from: '2026-04-01', to: '2027-03-31' }],
      { state: 'current', ends: '2027-03-31' },
    ],
  ] as const)('%s', (_name, authorizations, expected) => {
    expect(authorizationStanding([...authorizations], TODAY)).toEqual(expected);
  });
});

describe('personsWithGaps: most urgent first', () => {
  const person = (id: string, kana: string, over: Partial<Person>) =>
    ready({ id, familyNameKana: kana, givenNameKana: 'タロウ', ...over });

  it('orders by authorisation, then medication, then how many gaps, then name', () => {
    const list = [
      person('review-only-b', 'イイダ', { registration: { status: 'registered' } }),
      person('review-only-a', 'アベ', { registration: { status: 'registered' } }),
      person('two-gaps', 'ウエダ', { contacts: [], registration: { status: 'registered' } }),
      person('no-medication', 'エノモト', {
        careNotes: { ...ready().careNotes!, medications: undefined },
      }),
      person('ending-later', 'オオタ', {
        authorizations: [{ from: '2025-07-01', to: '2026-06-30' }],
      }),
      person('ending-first', 'カトウ', {
        authorizations: [{ from: '2025-06-01', to: '2026-05-20' }],
      }),
      person('ended', 'キムラ', { authorizations: [{ from: '2025-04-01', to: '2026-03-31' }] }),
      person('never', 'クボ', { authorizations: [] }),
      person('ready', 'ケンモチ', {}),
      person('pending', 'コバヤシ', { registration: { status: 'pending' }, contacts: [] }),
    ];
    expect(personsWithGaps(list, TODAY).map((e) => e.person.id)).toEqual([
      'never',
      'ended',
      'ending-first',
      'ending-later',
      'no-medication',
      'two-gaps',
      'review-only-a',
      'review-only-b',
    ]);
  });

  it('leaves out persons who are ready and persons not registered', () => {
    const list = [
      ready({ id: 'a' }),
      ready({ id: 'b', contacts: [], registration: { status: 'ended' } }),
    ];
    expect(personsWithGaps(list, TODAY)).toEqual([]);
  });
});
