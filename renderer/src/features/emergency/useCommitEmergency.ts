import { useMutation, useQueryClient } from '@tanstack/react-query';
import { emergencyPlanSchema, type EmergencyPlan } from '../../../../shared/domain/schemas';
import type { EmergencyIntake } from '../../../../shared/domain/emergency-intake';
import { call } from '../../api/client';
import { isApiCallError } from '../../api/apiCallError';
import { channelKey } from '../../api/queries';
import type { EmergencyRequest } from './useEmergencyPlan';

/** The new plan a STALE_PLAN answer carries, or null for any other failure. */
export function stalePlanOf(error: unknown): EmergencyPlan | null {
  if (!isApiCallError(error) || error.code !== 'STALE_PLAN') return null;
  const parsed = emergencyPlanSchema.safeParse(error.apiError?.plan);
  return parsed.success ? parsed.data : null;
}

/**
 * Commits the plan the user saw, with the request's facts (why, who asked, when): the service
 * re-plans and refuses with STALE_PLAN when its plan differs. The new plan then replaces the one on screen, to be read and committed again; it is
 * never applied without the user seeing it.
 */
export function useCommitEmergency(request: EmergencyRequest | null, onStale: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ plan, intake }: { plan: EmergencyPlan; intake: EmergencyIntake }) => {
      if (request === null) throw new Error('no emergency request');
      return call('emergency.commit', {
        ...request,
        intake,
        expect: {
          bedId: plan.bedId,
          bumped: plan.bumped,
          shortened: plan.shortened.map((s) => s.stayId),
        },
      });
    },
    onError: (error) => {
      const fresh = stalePlanOf(error);
      if (fresh && request) {
        queryClient.setQueryData(channelKey('emergency.plan', request), fresh);
        onStale();
      }
    },
  });
}
