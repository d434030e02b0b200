import type { ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { TrainingRecord } from '../../shared/domain/schemas';
import {
  sortTrainingRecords,
  trainingDomains,
  trainingRecordIssues,
} from '../../shared/domain/training';
import { historyAfterEdit, sameContent } from '../../shared/domain/training-history';
import { auditEntry, changedFields } from './audit';
import { timestamp } from './clock';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { requireStay } from './lookups';

export async function listTraining(
  ctx: ServiceContext,
  input: ParsedInput<'training.list'>,
): Promise<TrainingRecord[]> {
  await requireStay(ctx, input.stayId);
  const settings = await ctx.repo.getSettings();
  return sortTrainingRecords(
    await ctx.repo.trainingRecordsOfStay(input.stayId),
    trainingDomains(settings),
  );
}

/**
 * Saves a record, signed by the signed-in staff member (`recordedBy`). A second record for the
 * same stay, date and domain updates the first instead of duplicating it; the record keeps its
 * earlier versions in `history` (shown on screen as 修正あり) and the audit trail names who
 * changed which fields.
 */
export async function saveTraining(
  ctx: ServiceContext,
  input: ParsedInput<'training.save'>,
): Promise<TrainingRecord> {
  const { id, ...fields } = input.record;
  const stay = await requireStay(ctx, fields.stayId);
  const settings = await ctx.repo.getSettings();
  const existing = await ctx.repo.trainingRecordsOfStay(stay.id);
  const before = id
    ? (existing.find((r) => r.id === id) ?? fail('NOT_FOUND', { entity: 'training', id }))
    : existing.find((r) => r.date === fields.date && r.domain === fields.domain);
  const issues = trainingRecordIssues(fields, stay, trainingDomains(settings), !before);
  if (issues.length > 0) fail('INVALID_INPUT', { issues });
  if (
    before &&
    id &&
    existing.some((r) => r.id !== id && r.date === fields.date && r.domain === fields.domain)
  ) {
    fail('TRAINING_RECORD_EXISTS', { date: fields.date, domain: fields.domain });
  }
  // The same again (a double click, a save after an undone change) writes nothing.
  if (
    before &&
    sameContent(before, fields) &&
    before.date === fields.date &&
    before.domain === fields.domain
  ) {
    return before;
  }
  const at = timestamp(ctx.now());
  const history = before ? historyAfterEdit(before, fields) : undefined;
  // Signed by who saves it, from their session: a correction names its own author, and the
  // version it replaces keeps the earlier one (with a free-text 記録者 from before sign-in).
  const record: TrainingRecord = {
    ...fields,
    id: before?.id ?? newId(),
    recordedBy: ctx.actor.id,
    createdAt: before?.createdAt ?? at,
    ...(before ? { updatedAt: at } : {}),
    ...(history ? { history } : {}),
  };
  await ctx.repo.apply({
    trainingRecords: [record],
    audit: [
      auditEntry(ctx, {
        action: before ? 'training.update' : 'training.create',
        entity: 'training',
        entityId: record.id,
        fields: changedFields(before, record),
        facts: { stayId: stay.id, level: record.level },
      }),
    ],
  });
  return record;
}

export async function deleteTraining(
  ctx: ServiceContext,
  input: ParsedInput<'training.delete'>,
): Promise<Record<string, never>> {
  const record =
    (await ctx.repo.getTrainingRecord(input.id)) ??
    fail('NOT_FOUND', { entity: 'training', id: input.id });
  await ctx.repo.apply({
    deleteTrainingRecordIds: [record.id],
    audit: [
      auditEntry(ctx, {
        action: 'training.delete',
        entity: 'training',
        entityId: record.id,
        facts: { stayId: record.stayId },
      }),
    ],
  });
  return {};
}
