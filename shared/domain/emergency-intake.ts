/**
 * The facts of an emergency request (緊急時の受入の記録), recorded on the emergency stay: why the
 * person had to come, when the facility was asked and by whom. The 拠点's yearly review counts
 * emergencies by these. Only zod here, so the stay schema can hold them without an import cycle.
 */
import { z } from 'zod';

/**
 * Why: the carer fell ill or was taken to hospital (介護者の急病・入院), a family event (冠婚葬祭),
 * a change in the person's own condition (本人の状態の変化), abuse or emergency protection
 * (虐待・緊急保護), or another reason written out.
 */
export const EMERGENCY_REASONS = [
  'carer-illness',
  'family-event',
  'condition-change',
  'protection',
  'other',
] as const;
export type EmergencyReason = (typeof EMERGENCY_REASONS)[number];

/** Who asked: the family, the consultation office, the city, a hospital or doctor, the police, someone else. */
export const EMERGENCY_REQUESTERS = [
  'family',
  'consultation-office',
  'city',
  'medical',
  'police',
  'other',
] as const;
export type EmergencyRequester = (typeof EMERGENCY_REQUESTERS)[number];

const shortText = z.string().trim().max(200);

export const emergencyIntakeSchema = z
  .object({
    reason: z.enum(EMERGENCY_REASONS),
    /** The reason in words; required when the reason is 'other'. */
    reasonText: shortText.optional(),
    /** When the request reached the facility (ISO 8601 with offset). */
    requestedAt: z.iso.datetime({ offset: true }),
    requestedBy: z.enum(EMERGENCY_REQUESTERS),
    /** Who asked, in words (e.g. the office's name) when it helps; optional. */
    requestedByText: shortText.optional(),
  })
  .strict()
  .refine((intake) => intake.reason !== 'other' || (intake.reasonText ?? '') !== '', {
    path: ['reasonText'],
    message: 'reasonText is required when the reason is other',
  });
export type EmergencyIntake = z.infer<typeof emergencyIntakeSchema>;

/**
 * The manager's record that an emergency stay had an unavoidable reason to last longer: the
 * 緊急短期入所受入加算 then counts up to 14 days instead of 7.
 */
export const addOnExtensionSchema = z.object({
  reason: z.string().trim().min(1).max(500),
  approvedBy: z.string().max(64),
  at: z.iso.datetime({ offset: true }),
});
export type AddOnExtension = z.infer<typeof addOnExtensionSchema>;
