import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  facilityAddressSchema,
  facilityPhoneSchema,
  type Settings,
} from '../../../../shared/domain/schemas';
import { dayDefaultsSchema, type DayDefaults } from '../../../../shared/domain/day-facts-schema';
import { normalizeCertificateNumber } from '../../../../shared/domain/number-text';

/** The settings the 施設設定 screen edits, as the form holds them (numbers typed as text). */
export interface FacilityFormValues {
  facilityName: string;
  address: string;
  phone: string;
  providerNumber: string;
  fiscalYearStartMonth: string;
  experienceAnnualCapDays: string;
  experienceMaxDaysPerStay: string;
  emergencyMaxDays: string;
  /** Empty: the city sets no limit. */
  consecutiveDaysLimit: string;
  /** Empty: as many as the beds reserved for emergencies. */
  emergencyReadyBeds: string;
  dayDefaults: DayDefaults;
  /** Minutes without use before the screen locks (docs/staff.md). */
  idleLockMinutes: string;
}

export type FacilitySettings = Pick<
  Settings,
  | 'facilityName'
  | 'address'
  | 'phone'
  | 'providerNumber'
  | 'fiscalYearStartMonth'
  | 'experienceAnnualCapDays'
  | 'experienceMaxDaysPerStay'
  | 'emergencyMaxDays'
  | 'consecutiveDaysLimit'
  | 'emergencyReadyBeds'
  | 'dayDefaults'
  | 'idleLockMinutes'
>;

export function facilityFormValues(settings: Settings): FacilityFormValues {
  return {
    facilityName: settings.facilityName,
    address: settings.address,
    phone: settings.phone,
    providerNumber: settings.providerNumber,
    fiscalYearStartMonth: String(settings.fiscalYearStartMonth),
    experienceAnnualCapDays: String(settings.experienceAnnualCapDays),
    experienceMaxDaysPerStay: String(settings.experienceMaxDaysPerStay),
    emergencyMaxDays: String(settings.emergencyMaxDays),
    consecutiveDaysLimit:
      settings.consecutiveDaysLimit === null ? '' : String(settings.consecutiveDaysLimit),
    emergencyReadyBeds:
      settings.emergencyReadyBeds === null ? '' : String(settings.emergencyReadyBeds),
    dayDefaults: structuredClone(settings.dayDefaults),
    idleLockMinutes: String(settings.idleLockMinutes),
  };
}

/** Digits typed full-width (with the IME on) read as plain digits. */
function halfWidthDigits(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * The form's schema, its messages in the UI's language. Whole numbers within the ranges the
 * service accepts (`settingsSchema`), so a value the form lets through is never refused.
 */
export function facilityFormSchema(t: TFunction) {
  const days = (field: string, min: number, max: number) =>
    z
      .string()
      .transform(halfWidthDigits)
      .pipe(
        z
          .string()
          .regex(/^\d+$/, { error: t('settings.errors.wholeNumber', { field }) })
          .transform(Number)
          .pipe(
            z
              .number()
              .int()
              .min(min, { error: t('settings.errors.range', { field, min, max }) })
              .max(max, { error: t('settings.errors.range', { field, min, max }) }),
          ),
      );
  /** A number that may be left empty (null), refused in the same words as `days`. */
  const daysOrEmpty = (field: string, min: number, max: number) =>
    z.string().transform((text, ctx): number | null => {
      if (halfWidthDigits(text) === '') return null;
      const parsed = days(field, min, max).safeParse(text);
      if (parsed.success) return parsed.data;
      for (const found of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: found.message });
      return z.NEVER;
    });
  return z.object({
    facilityName: z
      .string()
      .trim()
      .min(1, { error: t('settings.errors.nameRequired') })
      .max(100, { error: t('settings.errors.nameTooLong') }),
    address: facilityAddressSchema,
    phone: facilityPhoneSchema,
    providerNumber: z
      .string()
      .transform(normalizeCertificateNumber)
      .pipe(z.string().regex(/^(\d{10})?$/, { error: t('settings.errors.providerNumber') })),
    fiscalYearStartMonth: days(t('settings.fields.fiscalYearStartMonth'), 1, 12),
    experienceAnnualCapDays: days(t('settings.fields.experienceAnnualCapDays'), 1, 366),
    experienceMaxDaysPerStay: days(t('settings.fields.experienceMaxDaysPerStay'), 1, 366),
    emergencyMaxDays: days(t('settings.fields.emergencyMaxDays'), 1, 366),
    consecutiveDaysLimit: daysOrEmpty(t('settings.fields.consecutiveDaysLimit'), 1, 366),
    emergencyReadyBeds: daysOrEmpty(t('settings.fields.emergencyReadyBeds'), 0, 999),
    dayDefaults: dayDefaultsSchema,
    idleLockMinutes: days(t('settings.fields.idleLockMinutes'), 1, 120),
  }) satisfies z.ZodType<FacilitySettings, FacilityFormValues>;
}
