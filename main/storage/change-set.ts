/**
 * Validation of a change set before anything is written: one bad record rejects the whole set,
 * so a file on disk never holds data the loader would later refuse.
 */
import { z } from 'zod';
import { fail } from '../../shared/api/errors';
import { toIssues } from '../../shared/messages/issues';
import {
  auditEntrySchema,
  bedBlockSchema,
  bedSchema,
  idSchema,
  personSchema,
  settingsSchema,
  staySchema,
  trainingRecordSchema,
} from '../../shared/domain/schemas';
import { stayDaySchema } from '../../shared/domain/stay-day';
import type { ChangeSet } from './repository';

const changeSetSchema = z.object({
  settings: settingsSchema.optional(),
  beds: z.array(bedSchema).optional(),
  bedBlocks: z.array(bedBlockSchema).optional(),
  persons: z.array(personSchema).optional(),
  stays: z.array(staySchema).optional(),
  trainingRecords: z.array(trainingRecordSchema).optional(),
  deleteTrainingRecordIds: z.array(idSchema).optional(),
  stayDays: z.array(stayDaySchema).optional(),
  deleteBedBlockIds: z.array(idSchema).optional(),
  audit: z.array(auditEntrySchema),
});

/** The change set as the schemas read it (defaults filled in), or INVALID_INPUT. */
export function validateChangeSet(changes: unknown): ChangeSet {
  const result = changeSetSchema.safeParse(changes);
  if (result.success) return result.data;
  return fail('INVALID_INPUT', { issues: toIssues(result.error) });
}

/** A copy of `list` with each of `changes` replacing the record of the same id, or appended. */
export function upsertById<T extends { id: string }>(
  list: readonly T[],
  changes: readonly T[],
): T[] {
  const next = [...list];
  const index = new Map(next.map((item, i) => [item.id, i]));
  for (const change of changes) {
    const at = index.get(change.id);
    if (at === undefined) {
      index.set(change.id, next.length);
      next.push(change);
    } else {
      next[at] = change;
    }
  }
  return next;
}
