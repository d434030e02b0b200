import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Persons whose name or kana matches, in either script (the service normalises). */
export function usePersonSearch(text: string) {
  return useQuery({
    queryKey: queryKeys.personSearch(text.trim()),
    queryFn: () => call('persons.search', { text: text.trim() }),
    // Typing keeps the last answer on screen instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
}
