import { describe, expect, it } from 'vitest';
import { familyContactsOf } from './familyContacts';

describe('familyContactsOf', () => {
  it('reads the contacts in their order', () => {
    const person = {
      contacts: [
        { name: '母', relation: '母', phone: '03-0000-0000', note: '夜間可' },
        { name: '兄', relation: '兄', phone: '090-0000-0000' },
      ],
    };
    expect(familyContactsOf(person).map((c) => c.relation)).toEqual(['母', '兄']);
    expect(familyContactsOf(person)[0]?.note).toBe('夜間可');
  });

  it('answers none for a person record without contacts', () => {
    expect(familyContactsOf({ familyName: '山田' })).toEqual([]);
    expect(familyContactsOf(undefined)).toEqual([]);
  });

  it('skips entries without a name or a phone number', () => {
    expect(familyContactsOf({ contacts: [{ name: '母' }, 'x', null] })).toEqual([]);
  });
});
