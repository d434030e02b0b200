import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { FacilitySettings } from './facilityForm';

/**
 * Saves the facility's settings. The client then refreshes every answer that reads them: the
 * booking checks and usage figures that apply the caps, and the papers that print the name.
 */
export function useSaveSettings() {
  return useMutation({
    mutationFn: (settings: FacilitySettings) => call('settings.update', settings),
  });
}
