import { describe, expect, it } from 'vitest';
import { makeBed, makeBlock, makeStay } from '../rules/test-fixtures';
import { firstBedThatTakes, nightlyCapacity } from './capacity';

const beds = [
  makeBed({ id: 'e1', allows: ['emergency'], emergencyReserved: true, order: 1 }),
  makeBed({ id: 'b2', order: 2 }),
  makeBed({ id: 'x3', allows: ['experience'], order: 3 }),
];
const night = '2026-05-12';

describe('nightlyCapacity', () => {
  it.each([
    {
      name: 'counts every active bed free on an empty night',
      stays: [],
      blocks: [],
      expected: { freeBeds: 3, freeEmergencyBeds: 2, noEmergencyBed: false },
    },
    {
      name: 'counts a bed held by a stay as taken, and a departure day as free',
      stays: [
        makeStay({ id: 's1', bedId: 'b2', start: '2026-05-10', end: '2026-05-13' }),
        makeStay({ id: 's2', bedId: 'x3', start: '2026-05-10', end: night }),
      ],
      blocks: [],
      expected: { freeBeds: 2, freeEmergencyBeds: 1, noEmergencyBed: false },
    },
    {
      name: 'ignores cancelled and bumped stays',
      stays: [
        makeStay({ id: 's1', bedId: 'e1', start: night, end: '2026-05-13', status: 'cancelled' }),
        makeStay({ id: 's2', bedId: 'b2', start: night, end: '2026-05-13', status: 'bumped' }),
      ],
      blocks: [],
      expected: { freeBeds: 3, freeEmergencyBeds: 2, noEmergencyBed: false },
    },
    {
      name: 'still sees room for an emergency when an experience stay could give way',
      stays: [
        makeStay({ id: 's1', bedId: 'e1', kind: 'emergency', start: night, end: '2026-05-14' }),
        makeStay({ id: 's2', bedId: 'b2', kind: 'experience', start: night, end: '2026-05-14' }),
      ],
      blocks: [],
      expected: { freeBeds: 1, freeEmergencyBeds: 0, noEmergencyBed: false },
    },
    {
      name: 'warns when every emergency bed is held by an emergency stay or blocked',
      stays: [
        makeStay({ id: 's1', bedId: 'e1', kind: 'emergency', start: night, end: '2026-05-14' }),
      ],
      blocks: [makeBlock({ bedId: 'b2', start: '2026-05-11', end: '2026-05-13' })],
      expected: { freeBeds: 1, freeEmergencyBeds: 0, noEmergencyBed: true },
    },
    {
      name: 'ignores a block that ends on the night (blocks hold nights [start, end))',
      stays: [],
      blocks: [makeBlock({ bedId: 'b2', start: '2026-05-10', end: night })],
      expected: { freeBeds: 3, freeEmergencyBeds: 2, noEmergencyBed: false },
    },
  ])('$name', ({ stays, blocks, expected }) => {
    expect(nightlyCapacity(beds, stays, blocks, [night])).toEqual([{ date: night, ...expected }]);
  });

  it('leaves inactive beds out, and warns when no active bed takes emergencies', () => {
    const onlyExperience = [
      makeBed({ id: 'x3', allows: ['experience'] }),
      { ...beds[0]!, active: false },
    ];
    expect(nightlyCapacity(onlyExperience, [], [], [night])).toEqual([
      { date: night, freeBeds: 1, freeEmergencyBeds: 0, noEmergencyBed: true },
    ]);
  });

  it('counts only the nights asked for of a stay that runs past them', () => {
    const stays = [
      makeStay({ id: 's1', bedId: 'b2', start: '2026-05-01', end: '2026-06-30' }),
      makeStay({
        id: 's2',
        bedId: 'e1',
        kind: 'emergency',
        start: '2026-05-13',
        end: '2026-07-01',
      }),
    ];
    const result = nightlyCapacity(beds, stays, [], ['2026-05-12', '2026-05-13']);
    expect(result.map((n) => [n.date, n.freeBeds, n.noEmergencyBed])).toEqual([
      ['2026-05-12', 2, false],
      ['2026-05-13', 1, false],
    ]);
  });

  it('answers one entry per date, in the order given', () => {
    const stays = [makeStay({ id: 's1', bedId: 'b2', start: '2026-05-13', end: '2026-05-14' })];
    const result = nightlyCapacity(beds, stays, [], ['2026-05-12', '2026-05-13', '2026-05-14']);
    expect(result.map((n) => [n.date, n.freeBeds])).toEqual([
      ['2026-05-12', 3],
      ['2026-05-13', 2],
      ['2026-05-14', 3],
    ]);
  });
});

describe('firstBedThatTakes', () => {
  const facility = [
    makeBed({ id: 'e1', allows: ['emergency'], emergencyReserved: true, order: 1 }),
    makeBed({ id: 'r2', emergencyReserved: true, order: 2 }),
    makeBed({ id: 'b3', order: 3 }),
    makeBed({ id: 'b4', order: 4 }),
    makeBed({ id: 'off5', order: 5, active: false }),
  ];
  const span = { start: '2026-05-12', end: '2026-05-14' };
  const held = (bedId: string) =>
    makeStay({ id: `s-${bedId}`, bedId, start: '2026-05-13', end: '2026-05-15' });

  it.each([
    [
      'an experience stay skips the emergency-only bed and the reserved one',
      'experience',
      [],
      [],
      'b3',
    ],
    ['a bed held on one of the nights is passed over', 'experience', [held('b3')], [], 'b4'],
    [
      'a closed bed is passed over',
      'experience',
      [],
      [makeBlock({ bedId: 'b3', start: '2026-05-12', end: '2026-05-13' })],
      'b4',
    ],
    [
      'an experience stay is never put on a reserved bed, even when no other is free',
      'experience',
      [held('b3'), held('b4')],
      [],
      undefined,
    ],
    ['an emergency looks at the reserved beds first', 'emergency', [], [], 'e1'],
    [
      'an emergency takes a reserved bed that also takes experience stays',
      'emergency',
      [held('e1')],
      [],
      'r2',
    ],
    [
      'nothing when no active bed is free',
      'experience',
      ['r2', 'b3', 'b4'].map(held),
      [],
      undefined,
    ],
  ] as const)('%s', (_name, kind, stays, blocks, expected) => {
    expect(firstBedThatTakes(facility, kind, span, stays, blocks)?.id).toBe(expected);
  });

  it('takes a bed whose guest leaves on the arrival day (same-day turnover)', () => {
    const leaving = makeStay({ id: 's-b3', bedId: 'b3', start: '2026-05-10', end: '2026-05-12' });
    expect(firstBedThatTakes(facility, 'experience', span, [leaving], [])?.id).toBe('b3');
  });

  it('takes no bed for a span without a night', () => {
    const noNight = { start: '2026-05-12', end: '2026-05-12' };
    expect(firstBedThatTakes(facility, 'experience', noNight, [], [])).toBeUndefined();
  });

  it('follows the facility’s order, not the order of the list', () => {
    expect(firstBedThatTakes([...facility].reverse(), 'experience', span, [], [])?.id).toBe('b3');
  });
});
