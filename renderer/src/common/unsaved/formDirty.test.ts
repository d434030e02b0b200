import { describe, expect, it } from 'vitest';
import { anyFieldDirty } from './formDirty';

describe('a form holds unsaved input', () => {
  it.each([
    ['no field touched', {}, false],
    ['a top-level field changed', { givenName: true }, true],
    ['a field changed back', { givenName: false }, false],
    ['a nested field changed', { careNotes: { diet: true } }, true],
    ['a field in a list changed', { contacts: [undefined, { phone: true }] }, true],
    ['a list with nothing changed', { contacts: [{ phone: false }, undefined] }, false],
    ['a list whose item was removed', { contacts: [true] }, true],
  ])('%s', (_name, dirtyFields, expected) => {
    expect(anyFieldDirty(dirtyFields)).toBe(expected);
  });
});
