import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

/** The register: persons whose name or kana contains the text, in kana order (the service sorts). */
export function usePersonList(text: string) {
  return useQuery({
    ...channelQuery('persons.search', { text: text.trim() }),
    placeholderData: keepPreviousData,
  });
}
