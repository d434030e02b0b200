import type { TFunction } from 'i18next';
import { z } from 'zod';
import { roleSchema, type Role } from '../../../../shared/domain/schemas';
import type { Staff } from '../../../../shared/domain/staff';
import { nameFieldsSchema, secretPairSchema } from '../session/staffForms';

/** The register's form: a member of staff as typed, with a new secret typed twice (or none). */
export function staffFormSchema(t: TFunction, isNew: boolean) {
  return nameFieldsSchema(t)
    .extend({
      roles: z.array(roleSchema).min(1, t('staff.errors.rolesRequired')),
      qualifications: z.array(z.string().trim().min(1).max(60)),
      active: z.boolean(),
    })
    .and(secretPairSchema(t, !isNew));
}
export type StaffFormValues = z.input<ReturnType<typeof staffFormSchema>>;

export function staffFormValues(staff: Staff | undefined): StaffFormValues {
  return {
    name: staff?.name ?? '',
    nameKana: staff?.nameKana ?? '',
    roles: staff?.roles ?? [],
    qualifications: staff?.qualifications ?? [],
    active: staff?.active ?? true,
    secret: '',
    secretAgain: '',
  };
}

/** What staff.save is sent: the record (with its id when it exists) and a secret only if typed. */
export function staffSaveInput(values: StaffFormValues, id: string | undefined) {
  const { secret } = values;
  return {
    staff: {
      ...(id !== undefined ? { id } : {}),
      name: values.name.trim(),
      nameKana: values.nameKana.trim(),
      roles: values.roles,
      qualifications: [...new Set(values.qualifications.map((q) => q.trim()))],
      active: values.active,
    },
    ...(secret !== '' ? { secret } : {}),
  };
}

/** Qualifications typed in the form that the facility's list does not offer yet. */
export function newQualifications(chosen: readonly string[], offered: readonly string[]): string[] {
  const known = new Set(offered);
  return [...new Set(chosen.map((q) => q.trim()))].filter((q) => q !== '' && !known.has(q));
}

/** Roles toggled in a row of checkboxes, kept in the register's order. */
export function toggleRole(roles: readonly Role[], role: Role, on: boolean): Role[] {
  return roleSchema.options.filter((r) => (r === role ? on : roles.includes(r)));
}
