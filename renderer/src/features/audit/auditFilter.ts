import { addDays } from '../../../../shared/domain/dates';
import type { AuditEntry } from '../../../../shared/domain/schemas';

/** Entries per page of the viewer. */
export const AUDIT_PAGE_SIZE = 50;

export type AuditEntity = AuditEntry['entity'];
export const AUDIT_ENTITIES: readonly AuditEntity[] = [
  'stay',
  'training',
  'person',
  'bed',
  'bedBlock',
  'settings',
  'staff',
  'storage',
];

/** The viewer's filters as the screen holds them ('' = any). */
export interface AuditFilterValues {
  from: string;
  to: string;
  staffId: string;
  entity: AuditEntity | '';
  personId: string;
}

/** The last 30 days up to today, everyone, every kind. */
export function defaultAuditFilter(today: string): AuditFilterValues {
  return { from: addDays(today, -30), to: today, staffId: '', entity: '', personId: '' };
}

/** True when the period can be asked for: two whole dates, in order. */
export function periodComplete({ from, to }: AuditFilterValues): boolean {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  return date.test(from) && date.test(to) && from <= to;
}

/** audit.csv's input for the filters: only what is chosen. */
export function auditFilterInput(values: AuditFilterValues) {
  return {
    from: values.from,
    to: values.to,
    ...(values.staffId !== '' ? { staffId: values.staffId } : {}),
    ...(values.entity !== '' ? { entity: values.entity } : {}),
    ...(values.personId !== '' ? { personId: values.personId } : {}),
  };
}

/** audit.list's input for the filters and a page (0 first). */
export function auditPageInput(values: AuditFilterValues, page: number) {
  return { ...auditFilterInput(values), offset: page * AUDIT_PAGE_SIZE, limit: AUDIT_PAGE_SIZE };
}
