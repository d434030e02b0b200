import { useMutation } from '@tanstack/react-query';
import type { RescheduleOffer, Stay } from '../../../../shared/domain/schemas';
import { call } from '../../api/client';

/**
 * Books an offer for the bumped stay's person, kind and note, linked to the bumped stay
 * (`rebookOf`), so the to-contact list shows the booking made instead of fresh offers. It is
 * booked as confirmed: the offer is made on the phone, so the family has just agreed to it.
 */
export function useBookOffer(bumped: Stay) {
  return useMutation({
    mutationFn: (offer: RescheduleOffer) =>
      call('stays.create', {
        draft: {
          personId: bumped.personId,
          kind: bumped.kind,
          bedId: offer.bedId,
          start: offer.start,
          end: offer.end,
          status: 'confirmed',
          ...(bumped.note ? { note: bumped.note } : {}),
        },
        rebookOf: bumped.id,
      }),
  });
}

export function useMarkContacted(stayId: string) {
  return useMutation({
    mutationFn: () => call('stays.markContacted', { id: stayId }),
  });
}
