import type { AuditEntry } from '../../shared/domain/schemas';
import type { ServiceContext } from './context';
import { timestamp } from './clock';

/** Names of the fields whose values differ, so the audit trail says what changed without copying values. */
export function changedFields<T extends object>(before: T | undefined, after: T): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys]
    .filter(
      (key) =>
        JSON.stringify((before as Record<string, unknown> | undefined)?.[key]) !==
        JSON.stringify((after as Record<string, unknown>)[key]),
    )
    .sort();
}

/** An audit line signed by the call's actor: their staff id and the name they have now. */
export function auditEntry(
  ctx: ServiceContext,
  entry: Omit<AuditEntry, 'at' | 'actor' | 'actorName'>,
): AuditEntry {
  const { id, name } = ctx.actor;
  return { at: timestamp(ctx.now()), actor: id, ...(name ? { actorName: name } : {}), ...entry };
}

/** The audit line for saving a master record: created or updated, and which fields changed. */
export function saveAuditEntry<T extends { id: string }>(
  ctx: ServiceContext,
  entity: 'bed' | 'person',
  before: T | undefined,
  after: T,
): AuditEntry {
  return auditEntry(ctx, {
    action: `${entity}.${before ? 'update' : 'create'}`,
    entity,
    entityId: after.id,
    fields: changedFields(before, after),
  });
}
