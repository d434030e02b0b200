import { describe, expect, it } from 'vitest';
import { emptyToNumber, emptyToUndefined, fieldPathOf } from './formValues';

describe('form values', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['2026-05-12', '2026-05-12'],
  ])('reads the text %j as %j', (input, output) => {
    expect(emptyToUndefined(input)).toBe(output);
  });

  it.each([
    ['', undefined],
    ['15', 15],
    [7, 7],
  ])('reads the number input %j as %j', (input, output) => {
    expect(emptyToNumber(input)).toBe(output);
  });

  it('names the form field of a service issue with or without the person prefix', () => {
    expect(fieldPathOf({ path: ['person', 'contacts', 0, 'phone'] })).toBe('contacts.0.phone');
    expect(fieldPathOf({ path: ['authorizations', 1, 'from'] })).toBe('authorizations.1.from');
  });
});
