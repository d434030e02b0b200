import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../shared/rules/test-fixtures';
import { bookingFormSchema, draftOf, type BookingFormValues } from './bookingForm';

const values: BookingFormValues = {
  person: makePerson(),
  bedId: 'b1',
  kind: 'experience',
  start: '2026-05-12',
  end: '2026-05-15',
  status: 'tentative',
  note: '',
  reasons: {},
};

describe('the booking form', () => {
  it('turns the selected nights straight into the draft: the end is the departure date', () => {
    expect(draftOf(values)).toEqual({
      personId: 'p1',
      bedId: 'b1',
      kind: 'experience',
      start: '2026-05-12',
      end: '2026-05-15',
      status: 'tentative',
    });
  });

  it('keeps a written note, trimmed', () => {
    expect(draftOf({ ...values, note: ' 送迎あり ' })?.note).toBe('送迎あり');
  });

  it.each([
    ['no person is chosen', { person: null }],
    ['no bed is chosen', { bedId: '' }],
    ['the departure is not after the arrival', { end: '2026-05-12' }],
    ['a date is incomplete', { start: '2026-05-' }],
  ])('makes no draft while %s', (_name, change) => {
    expect(draftOf({ ...values, ...change })).toBeNull();
  });

  it('refuses to submit a departure before the arrival, naming the end field', () => {
    const result = bookingFormSchema.safeParse({ ...values, end: '2026-05-11' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });
});
