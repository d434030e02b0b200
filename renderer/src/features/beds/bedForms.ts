import { z } from 'zod';
import { bedBlockSchema, bedSchema } from '../../../../shared/domain/schemas';

/** A bed as the form edits it; the id and the order are kept by the page, not typed in. */
export const bedFormSchema = bedSchema.omit({ id: true, order: true });
export type BedFormInput = z.input<typeof bedFormSchema>;
export type BedFormValues = z.output<typeof bedFormSchema>;

/** A block as the form edits it, with the date messages of this form and nights in order. */
export const blockFormSchema = bedBlockSchema
  .omit({ id: true })
  .extend({
    bedId: z.string().min(1, { error: 'ベッドを選んでください。' }),
    start: z.iso.date({ error: '閉鎖の開始日を正しく入力してください。' }),
    end: z.iso.date({ error: '閉鎖の終了日を正しく入力してください。' }),
  })
  .refine((block) => block.end > block.start, {
    error: '閉鎖の終了日は開始日より後にしてください。',
    path: ['end'],
  });
export type BlockFormInput = z.input<typeof blockFormSchema>;
export type BlockFormValues = z.output<typeof blockFormSchema>;
