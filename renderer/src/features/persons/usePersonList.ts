import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The register: persons whose name or kana contains the text, in kana order (the service sorts). */
export function usePersonList(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: queryKeys.personSearch(trimmed),
    queryFn: () => call('persons.search', { text: trimmed }),
    placeholderData: keepPreviousData,
  });
}
