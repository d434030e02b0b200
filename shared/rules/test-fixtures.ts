/**
 * Builders for rule and planner tests: a registered, authorised person, a bed that takes both
 * kinds, and stays with sensible defaults, each overridable field by field.
 */
import { DEFAULT_SETTINGS } from '../domain/schemas';
import type { Bed, BedBlock, Person, Settings, Stay } from '../domain/schemas';
import type { CheckContext, CheckedDraft } from './context';

export const testSettings: Settings = { ...DEFAULT_SETTINGS, facilityName: 'テスト' };

export function makeBed(over: Partial<Bed> = {}): Bed {
  return {
    id: 'b1',
    name: 'A-1',
    allows: ['emergency', 'experience'],
    emergencyReserved: false,
    order: 1,
    active: true,
    ...over,
  };
}

export function makePerson(over: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    familyName: '山田',
    givenName: '太郎',
    familyNameKana: 'ヤマダ',
    givenNameKana: 'タロウ',
    registration: { status: 'registered', registeredOn: '2020-04-01' },
    authorizations: [{ from: '2020-04-01', to: '2035-03-31' }],
    ...over,
  };
}

/**
 * The parts of a registered person's record an emergency needs, all present (for readiness
 * tests: each case takes one away). Dates suit a test "today" of 2026-05-12.
 */
export const READY_RECORD = {
  registration: { status: 'registered', registeredOn: '2025-04-01', reviewDate: '2027-03-31' },
  authorizations: [{ from: '2026-04-01', to: '2027-03-31' }],
  consultationOffice: { office: 'さくら相談室', coordinator: '田中', phone: '03-1111-2222' },
  contacts: [{ name: '山田花子', relation: '母', phone: '090-1111-2222' }],
  careNotes: {
    medications: '朝夕 デパケン',
    allergies: 'そば',
    mobility: '独歩',
    diet: '刻み食',
    flags: [],
    nothingToNote: ['medicalCare'],
  },
} as const satisfies Partial<Person>;

export function makeStay(over: Partial<Stay> & Pick<Stay, 'id' | 'start' | 'end'>): Stay {
  return {
    personId: 'p1',
    bedId: 'b1',
    kind: 'experience',
    status: 'confirmed',
    createdAt: '2026-01-01T00:00:00.000Z',
    overrides: [],
    ...over,
  };
}

export function makeBlock(over: Partial<BedBlock> & Pick<BedBlock, 'start' | 'end'>): BedBlock {
  return { id: 'k1', bedId: 'b1', reason: '修理', ...over };
}

export function makeDraft(over: Partial<CheckedDraft> = {}): CheckedDraft {
  return {
    personId: 'p1',
    bedId: 'b1',
    kind: 'experience',
    start: '2026-05-12',
    end: '2026-05-14',
    ...over,
  };
}

/** A context where every stay given is both on the draft's bed and the person's. */
export function makeContext(over: Partial<CheckContext> = {}, stays: Stay[] = []): CheckContext {
  return {
    settings: testSettings,
    bed: makeBed(),
    person: makePerson(),
    bedStays: stays,
    personStays: stays,
    blocks: [],
    ...over,
  };
}
