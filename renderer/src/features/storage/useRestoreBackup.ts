import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Restores one backup; a restore changes every kind of data, so every screen reloads. */
export function useRestoreBackup() {
  return useMutation({
    mutationFn: (backup: string) => call('storage.restoreBackup', { backup }),
  });
}
