import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TRAINING_DOMAINS } from '../../../../shared/domain/schemas';

type DefaultDomain = (typeof DEFAULT_TRAINING_DOMAINS)[number];

function isDefaultDomain(domain: string): domain is DefaultDomain {
  return (DEFAULT_TRAINING_DOMAINS as readonly string[]).includes(domain);
}

/** The name of a domain: the five defaults are translated, facility-added ones carry their own label. */
export function useDomainLabel(extraLabels: Readonly<Record<string, string>>) {
  const { t } = useTranslation();
  return useCallback(
    (domain: string) =>
      isDefaultDomain(domain) ? t(`training.domains.${domain}`) : (extraLabels[domain] ?? domain),
    [t, extraLabels],
  );
}
