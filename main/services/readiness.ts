import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { authorizationEnds, personsWithGaps } from '../../shared/domain/person-readiness';
import { todayInJapan } from './clock';
import type { ServiceContext } from './context';

/**
 * persons.readiness: the registered persons whose record lacks something an emergency needs,
 * most urgent first (shared/domain/person-readiness.ts, docs/readiness.md). Names and which
 * items are missing only: never the contacts or care notes themselves.
 */
export async function personsReadiness(
  ctx: ServiceContext,
  _input: ParsedInput<'persons.readiness'>,
): Promise<ChannelOutput<'persons.readiness'>> {
  const today = todayInJapan(ctx.now());
  const persons = await ctx.repo.searchPersons('');
  return personsWithGaps(persons, today).map(({ person, readiness }) => {
    const ends = authorizationEnds(readiness.authorization);
    return {
      personId: person.id,
      name: `${person.familyName} ${person.givenName}`,
      nameKana: `${person.familyNameKana} ${person.givenNameKana}`,
      missing: readiness.missing,
      ...(ends === undefined ? {} : { authorizationEnds: ends }),
      authorization: readiness.authorization.state,
      careTopicsMissing: readiness.careTopicsMissing,
    };
  });
}
