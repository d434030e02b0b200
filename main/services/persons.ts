import { personNameSchema, type ChannelOutput, type ParsedInput } from '../../shared/api/contract';
import {
  personListItemSchema,
  type Person,
  type PersonListItem,
} from '../../shared/domain/schemas';
import { saveAuditEntry } from './audit';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { requirePerson } from './lookups';
import { personIssues } from '../../shared/domain/person-rules';
import { possibleDuplicates } from '../../shared/domain/person-duplicates';
import { issue } from '../../shared/messages/issues';
import { fail, type PersonSaveWarning } from '../../shared/api/errors';

/** Drops what only the record screen may show (contacts, care notes) from a listed person. */
function listItemOf(person: Person): PersonListItem {
  // The list schema has no such fields, and zod drops keys a schema does not name.
  return personListItemSchema.parse(person);
}

export async function searchPersons(
  ctx: ServiceContext,
  input: ParsedInput<'persons.search'>,
): Promise<PersonListItem[]> {
  return (await ctx.repo.searchPersons(input.text ?? '')).map(listItemOf);
}

export async function personNames(
  ctx: ServiceContext,
  input: ParsedInput<'persons.names'>,
): Promise<ChannelOutput<'persons.names'>> {
  if (input.ids === undefined) {
    return (await ctx.repo.searchPersons('')).map((person) => personNameSchema.parse(person));
  }
  const found = await Promise.all([...new Set(input.ids)].map((id) => ctx.repo.getPerson(id)));
  return found.flatMap((person) => (person ? [personNameSchema.parse(person)] : []));
}

export async function getPerson(
  ctx: ServiceContext,
  input: ParsedInput<'persons.get'>,
): Promise<Person> {
  return requirePerson(ctx, input.id);
}

/**
 * Refuses a POSSIBLE_DUPLICATE unless the caller says the user saw it and confirmed. The error
 * carries the other record's id only, never its names, so no personal data travels in it.
 * Asked when the names or the birth date are entered or changed, not on every later save.
 */
async function refuseUnconfirmedDuplicate(
  ctx: ServiceContext,
  person: Person,
  before: Person | undefined,
  acknowledged: readonly PersonSaveWarning[],
): Promise<void> {
  if (acknowledged.includes('POSSIBLE_DUPLICATE') || !person.birthDate) return;
  const unchanged =
    before !== undefined &&
    before.familyName === person.familyName &&
    before.givenName === person.givenName &&
    before.birthDate === person.birthDate;
  if (unchanged) return;
  const sameFamilyName = await ctx.repo.searchPersons(person.familyName);
  const duplicates = possibleDuplicates(person, sameFamilyName);
  if (duplicates.length === 0) return;
  fail('POSSIBLE_DUPLICATE', { duplicates, issues: [issue('POSSIBLE_DUPLICATE', ['birthDate'])] });
}

/**
 * DUPLICATE_CERTIFICATE: a recipient certificate is one person's, so a number another person
 * already has is almost always a typo. A warning: saved once the user confirms. Checked here,
 * not in a screen, so every screen and every API caller meets it. Ids only, as above. Asked
 * when the number is entered or changed, not again on every later save of the record.
 */
async function refuseUnconfirmedSharedCertificate(
  ctx: ServiceContext,
  person: Person,
  before: Person | undefined,
  acknowledged: readonly PersonSaveWarning[],
): Promise<void> {
  const number = person.certificateNumber;
  if (acknowledged.includes('DUPLICATE_CERTIFICATE') || number === undefined) return;
  if (before?.certificateNumber === number) return;
  const holders = await ctx.repo.personsWithCertificate(number);
  const others = holders.filter((other) => other.id !== person.id).map((other) => other.id);
  if (others.length === 0) return;
  fail('DUPLICATE_CERTIFICATE', {
    duplicates: others,
    issues: [issue('DUPLICATE_CERTIFICATE', ['certificateNumber'])],
  });
}

export async function savePerson(
  ctx: ServiceContext,
  input: ParsedInput<'persons.save'>,
): Promise<Person> {
  const { id, ...fields } = input.person;
  const before = id ? await requirePerson(ctx, id) : undefined;
  const person: Person = { ...fields, id: id ?? newId() };
  const issues = personIssues(person);
  if (issues.length > 0) fail('INVALID_INPUT', { issues });
  const acknowledged = input.acknowledge ?? [];
  await refuseUnconfirmedDuplicate(ctx, person, before, acknowledged);
  await refuseUnconfirmedSharedCertificate(ctx, person, before, acknowledged);
  await ctx.repo.apply({
    persons: [person],
    audit: [saveAuditEntry(ctx, 'person', before, person)],
  });
  return person;
}
