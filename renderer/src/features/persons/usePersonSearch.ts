import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useDebouncedValue } from '../../common/useDebouncedValue';

/** Persons whose name or kana (either script) contains the text; searched as the user types. */
export function usePersonSearch(text: string) {
  const settled = useDebouncedValue(text.trim(), 200);
  return useQuery({
    queryKey: queryKeys.personSearch(settled),
    queryFn: () => call('persons.search', { text: settled }),
    placeholderData: keepPreviousData,
  });
}
