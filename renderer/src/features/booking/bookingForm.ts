/**
 * The booking dialog's form: its schema (messages are i18n keys) and how its values become the
 * draft the server checks. The rules themselves are not repeated here: the server's
 * `stays.check` judges the draft.
 */
import { z } from 'zod';
import {
  draftStatusSchema,
  isoDateSchema,
  stayKindSchema,
  type StayDraft,
} from '../../../../shared/domain/schemas';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import type { PickedPerson } from '../persons/PersonPicker';

export const bookingFormSchema = z
  .object({
    person: z.custom<PickedPerson | null>((value) => value !== null && typeof value === 'object', {
      message: 'booking.errors.personRequired',
    }),
    bedId: z.string().min(1, 'booking.errors.bedRequired'),
    kind: stayKindSchema,
    start: isoDateSchema,
    end: isoDateSchema,
    status: draftStatusSchema,
    note: z.string().max(1000),
    reasons: z.record(z.string(), z.string()),
  })
  .refine((v) => v.end > v.start, { path: ['end'], message: 'booking.errors.endAfterStart' });

export type BookingFormValues = z.input<typeof bookingFormSchema>;

/** The draft to check, or null while the form cannot make one (no person, dates unset). */
export function draftOf(values: BookingFormValues): StayDraft | null {
  const { person, bedId, kind, start, end, status, note } = values;
  if (!person || bedId === '' || !isValidIsoDate(start) || !isValidIsoDate(end) || end <= start) {
    return null;
  }
  return {
    personId: person.id,
    bedId,
    kind,
    start,
    end,
    status,
    ...(note.trim() !== '' ? { note: note.trim() } : {}),
  };
}
