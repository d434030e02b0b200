import type { ParsedInput } from '../../shared/api/contract';
import type { Person } from '../../shared/domain/schemas';
import { saveAuditEntry } from './audit';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { requirePerson } from './lookups';
import { personIssues } from '../../shared/domain/person-rules';
import { fail } from '../../shared/api/errors';

export async function searchPersons(
  ctx: ServiceContext,
  input: ParsedInput<'persons.search'>,
): Promise<Person[]> {
  return ctx.repo.searchPersons(input.text ?? '');
}

export async function getPerson(
  ctx: ServiceContext,
  input: ParsedInput<'persons.get'>,
): Promise<Person> {
  return requirePerson(ctx, input.id);
}

export async function savePerson(
  ctx: ServiceContext,
  input: ParsedInput<'persons.save'>,
): Promise<Person> {
  const { id, ...fields } = input.person;
  const before = id ? await requirePerson(ctx, id) : undefined;
  const person: Person = { ...fields, id: id ?? newId() };
  const issues = personIssues(person);
  if (issues.length > 0)
    fail('INVALID_INPUT', issues.map((i) => i.message).join(' / '), { issues });
  await ctx.repo.apply({
    persons: [person],
    audit: [saveAuditEntry(ctx, 'person', before, person)],
  });
  return person;
}
