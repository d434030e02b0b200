import { z } from 'zod';
import {
  bedBlockSchema,
  bedSchema,
  dateField,
  fieldIssue,
} from '../../../../shared/domain/schemas';
import { addIssue, periodIssues } from '../../../../shared/messages/issues';

/** A bed as the form edits it; the id and the order are kept by the page, not typed in. */
export const bedFormSchema = bedSchema.omit({ id: true, order: true });
export type BedFormInput = z.input<typeof bedFormSchema>;
export type BedFormValues = z.output<typeof bedFormSchema>;

/**
 * A block as the form edits it: a bed chosen, and its nights in order and within a year, as
 * `beds.block` checks them (NO_NIGHT, SPAN_TOO_LONG).
 */
export const blockFormSchema = bedBlockSchema
  .omit({ id: true })
  .extend({
    bedId: z.string().min(1, fieldIssue('NOT_CHOSEN')),
    start: dateField(),
    end: dateField(),
  })
  .superRefine((block, ctx) => {
    for (const found of periodIssues(block, 'start', 'end', true)) addIssue(ctx, found);
  });
export type BlockFormInput = z.input<typeof blockFormSchema>;
export type BlockFormValues = z.output<typeof blockFormSchema>;
