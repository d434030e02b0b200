import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

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
    queryKey: request
      ? queryKeys.emergencyPlan(request.personId, request.start, request.end)
      : ['stays', 'emergencyPlan', 'none'],
    queryFn: () => call('emergency.plan', request as EmergencyRequest),
    enabled: request !== null,
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}
