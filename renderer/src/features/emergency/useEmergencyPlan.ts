import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../../api/queries';

export interface EmergencyRequest {
  personId: string;
  start: string;
  end: string;
}

/**
 * The plan for a request, asked for as soon as the request is complete. It is never refreshed
 * behind the user's back (no refetch on focus): what is shown is what the commit expects.
 */
export function useEmergencyPlan(request: EmergencyRequest | null) {
  return useQuery({
    ...channelQuery('emergency.plan', request),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}
