import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useRefreshDesk } from '../../common/useRefreshDesk';

export function useCheckIn() {
  const refresh = useRefreshDesk();
  return useMutation({
    mutationFn: (id: string) => call('stays.checkIn', { id }),
    onSuccess: () => refresh(),
  });
}

/** Checks out today; before the booked end that frees the remaining nights (early check-out). */
export function useCheckOut() {
  const refresh = useRefreshDesk();
  return useMutation({
    mutationFn: (id: string) => call('stays.checkOut', { id }),
    onSuccess: () => refresh(),
  });
}
