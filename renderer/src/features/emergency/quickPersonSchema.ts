import type { z } from 'zod';
import { personSchema } from '../../../../shared/domain/schemas';

/** The least the desk needs to take someone in tonight: the names and how they are read. */
export const quickPersonSchema = personSchema.pick({
  familyName: true,
  givenName: true,
  familyNameKana: true,
  givenNameKana: true,
});
export type QuickPersonInput = z.input<typeof quickPersonSchema>;
export type QuickPerson = z.output<typeof quickPersonSchema>;

export const QUICK_PERSON_FIELDS = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
] as const satisfies readonly (keyof QuickPerson)[];
