import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { FacilitySettings } from './facilityForm';

/**
 * Saves the facility's settings. Caps and limits change what every booking check answers, so
 * every cached answer is refreshed, not only the settings.
 */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: FacilitySettings) => call('settings.update', settings),
    onSuccess: () => client.invalidateQueries(),
  });
}
