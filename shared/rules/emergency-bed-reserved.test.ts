import { describe, expect, it } from 'vitest';
import type { Bed, StayKind } from '../domain/schemas';
import { checkStay } from './check-stay';
import { checkEmergencyBedReserved } from './emergency-bed-reserved';
import { overridesSatisfy } from './overrides';
import { makeBed, makeContext, makeDraft } from './test-fixtures';

const reserved = makeBed({ id: 'e1', name: 'E-1', emergencyReserved: true });

const cases: { name: string; kind: StayKind; bed: Bed; expected: string[] }[] = [
  {
    name: 'asks for a reason when an experience stay takes a reserved bed',
    kind: 'experience',
    bed: reserved,
    expected: ['override'],
  },
  {
    name: 'lets an emergency stay take a reserved bed',
    kind: 'emergency',
    bed: reserved,
    expected: [],
  },
  {
    name: 'says nothing about a bed that is not reserved',
    kind: 'experience',
    bed: makeBed(),
    expected: [],
  },
  {
    name: 'leaves a reserved bed that takes no experience stays to BED_NOT_ALLOWED',
    kind: 'experience',
    bed: makeBed({ emergencyReserved: true, allows: ['emergency'] }),
    expected: [],
  },
  {
    name: 'leaves a reserved bed out of service to BED_INACTIVE',
    kind: 'experience',
    bed: makeBed({ emergencyReserved: true, active: false }),
    expected: [],
  },
];

describe('EMERGENCY_BED_RESERVED', () => {
  it.each(cases)('$name', ({ kind, bed, expected }) => {
    const found = checkEmergencyBedReserved(
      makeDraft({ kind, bedId: bed.id }),
      makeContext({ bed }),
    );
    expect(found.map((v) => v.severity)).toEqual(expected);
  });

  it('names the bed in its figures and its message', () => {
    const [v] = checkEmergencyBedReserved(
      makeDraft({ bedId: 'e1' }),
      makeContext({ bed: reserved }),
    );
    expect(v?.code).toBe('EMERGENCY_BED_RESERVED');
    expect(v?.details).toEqual({ bedId: 'e1', bedName: 'E-1' });
    expect(v?.message).toBe('ベッドE-1は緊急受入のために空けておくベッドです');
  });

  it('is booked with a written reason, and refused without one', () => {
    const violations = checkStay(makeDraft({ bedId: 'e1' }), makeContext({ bed: reserved }));
    expect(violations.map((v) => v.code)).toEqual(['EMERGENCY_BED_RESERVED']);
    expect(overridesSatisfy(violations, [])).toEqual({
      ok: false,
      missing: ['EMERGENCY_BED_RESERVED'],
      errors: [],
    });
    expect(
      overridesSatisfy(violations, [{ rule: 'EMERGENCY_BED_RESERVED', reason: '  ' }]).ok,
    ).toBe(false);
    expect(
      overridesSatisfy(violations, [{ rule: 'EMERGENCY_BED_RESERVED', reason: '他に空きがない' }]),
    ).toEqual({ ok: true });
  });

  it('checks an emergency stay on a reserved bed as before', () => {
    const draft = makeDraft({ bedId: 'e1', kind: 'emergency' });
    expect(checkStay(draft, makeContext({ bed: reserved }))).toEqual(
      checkStay(draft, makeContext({ bed: { ...reserved, emergencyReserved: false } })),
    );
  });
});
