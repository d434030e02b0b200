/**
 * The family's phone numbers, read defensively: contacts are being added to the person record
 * (issue 4), so a person may come without them, and this screen must work either way.
 */
export interface FamilyContact {
  name: string;
  relation: string;
  phone: string;
  note?: string;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function asContact(value: unknown): FamilyContact | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, relation, phone, note } = value as Record<string, unknown>;
  if (!isText(name) || !isText(phone)) return null;
  return {
    name,
    relation: isText(relation) ? relation : '',
    phone,
    ...(isText(note) ? { note } : {}),
  };
}

/** The person's contacts in the order to call them, or none when the record has no such field. */
export function familyContactsOf(person: object | undefined): FamilyContact[] {
  const contacts = (person as { contacts?: unknown } | undefined)?.contacts;
  if (!Array.isArray(contacts)) return [];
  return contacts.map(asContact).filter((c): c is FamilyContact => c !== null);
}
