import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';
import { useDebouncedValue } from '../../common/useDebouncedValue';

/** Persons whose name or kana (either script) contains the text; searched as the user types. */
export function usePersonSearch(text: string) {
  const settled = useDebouncedValue(text.trim(), 200);
  return useQuery({
    ...channelQuery('persons.search', { text: settled }),
    placeholderData: keepPreviousData,
  });
}
