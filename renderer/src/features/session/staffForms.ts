import type { TFunction } from 'i18next';
import { z } from 'zod';
import { KANA_PATTERN } from '../../../../shared/domain/schemas';
import { MIN_SECRET_LENGTH, secretLongEnough, staffSchema } from '../../../../shared/domain/staff';

/**
 * A secret typed twice, as a form checks it before the server does (the server's SECRET_TOO_SHORT
 * stays the rule: shared/domain/staff.ts). Empty is allowed only when `optional` (the register
 * keeps a member's secret unless a new one is typed).
 */
export function secretPairSchema(t: TFunction, optional: boolean) {
  return z
    .object({ secret: z.string(), secretAgain: z.string() })
    .superRefine(({ secret, secretAgain }, ctx) => {
      if (optional && secret === '' && secretAgain === '') return;
      if (!secretLongEnough(secret)) {
        ctx.addIssue({
          code: 'custom',
          path: ['secret'],
          message: t('session.errors.secretShort', { min: MIN_SECRET_LENGTH }),
        });
      } else if (secret !== secretAgain) {
        ctx.addIssue({
          code: 'custom',
          path: ['secretAgain'],
          message: t('session.errors.secretMismatch'),
        });
      }
    });
}

/** A name and its reading, with the register's own limits and the screen's words. */
export function nameFieldsSchema(t: TFunction) {
  const required = (field: string) => t('session.errors.required', { field });
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, required(t('session.firstRun.name')))
      .max(staffSchema.shape.name.maxLength ?? 40),
    nameKana: z
      .string()
      .trim()
      .min(1, required(t('session.firstRun.nameKana')))
      .regex(KANA_PATTERN, t('session.errors.kana')),
  });
}

/** The first manager: a name, a reading and a secret typed twice. */
export function firstRunSchema(t: TFunction) {
  return nameFieldsSchema(t).and(secretPairSchema(t, false));
}
export type FirstRunValues = z.input<ReturnType<typeof firstRunSchema>>;
