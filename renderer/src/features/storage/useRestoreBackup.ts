import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';

/**
 * Restores the damaged files (each from the newest backup with a good copy; the others keep
 * their newer writes); a restore changes every kind of data, so every screen reloads.
 */
export function useRestoreBackup() {
  return useMutation({
    mutationFn: () => call('storage.restoreBackup', {}),
  });
}
