import { describe, expect, it } from 'vitest';
import { makeBed, makeBlock, makeStay } from '../rules/test-fixtures';
import { bedIsFree, nightlyCapacity } from './capacity';

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

describe('bedIsFree', () => {
  const stays = [makeStay({ id: 's1', bedId: 'b2', start: '2026-05-10', end: '2026-05-12' })];
  const blocks = [makeBlock({ bedId: 'b2', start: '2026-05-20', end: '2026-05-22' })];

  it.each([
    ['a span on an empty bed', 'x3', '2026-05-10', '2026-05-12', undefined, true],
    [
      'arrival on the departure date of the stay before',
      'b2',
      '2026-05-12',
      '2026-05-14',
      undefined,
      true,
    ],
    [
      'a span sharing a night with another stay',
      'b2',
      '2026-05-11',
      '2026-05-13',
      undefined,
      false,
    ],
    [
      'the stay being moved, which never collides with itself',
      'b2',
      '2026-05-11',
      '2026-05-13',
      's1',
      true,
    ],
    ['a span over a blocked night', 'b2', '2026-05-19', '2026-05-21', undefined, false],
    ['a span without nights', 'x3', '2026-05-12', '2026-05-12', undefined, false],
  ])('answers for %s', (_name, bedId, start, end, except, expected) => {
    expect(bedIsFree(bedId, { start, end }, stays, blocks, except)).toBe(expected);
  });
});
