/**
 * The register's filters. The rules behind them (which authorisation is current, which ends
 * soon) live in shared/domain/authorization-periods; this only combines them for the list.
 */
import {
  currentAuthorization,
  isAuthorizationExpiringSoon,
} from '../../../../shared/domain/authorization-periods';
import type { PersonListItem, RegistrationStatus } from '../../../../shared/domain/schemas';

export interface PersonListFilter {
  status: RegistrationStatus | 'all';
  expiringOnly: boolean;
}

export const NO_FILTER: PersonListFilter = { status: 'all', expiringOnly: false };

export function filterPersons(
  persons: readonly PersonListItem[],
  filter: PersonListFilter,
  today: string,
): PersonListItem[] {
  return persons.filter(
    (p) =>
      (filter.status === 'all' || p.registration.status === filter.status) &&
      (!filter.expiringOnly || isAuthorizationExpiringSoon(p.authorizations, today)),
  );
}

/** What the list shows in the authorisation column. */
export function authorizationSummary(
  person: Pick<PersonListItem, 'authorizations'>,
  today: string,
): { until: string | null; expiringSoon: boolean } {
  const current = currentAuthorization(person.authorizations, today);
  return {
    until: current?.to ?? null,
    expiringSoon: isAuthorizationExpiringSoon(person.authorizations, today),
  };
}
