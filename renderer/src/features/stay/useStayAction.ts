import { useMutation } from '@tanstack/react-query';
import type { Stay } from '../../../../shared/domain/schemas';

export interface StayActionRequest {
  run: () => Promise<Stay>;
  /** Says what was done, once the server has kept it. */
  onDone?: (saved: Stay) => void;
}

/**
 * Runs one action on a stay (confirm, check in, check out, …). The API client has refreshed
 * everything the change touched (stays, their history, the usage figures, the training
 * screens whose days follow the stay's dates) by the time `onDone` is told.
 */
export function useStayAction() {
  return useMutation({
    mutationFn: ({ run }: StayActionRequest) => run(),
    onSuccess: (saved, { onDone }) => onDone?.(saved),
  });
}
