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
import { credentialSchema, signInStateSchema, staffSchema } from '../../shared/domain/staff';
import type { ChangeSet } from './repository';

export const changeSetSchema = z.object({
  settings: settingsSchema.optional(),
  beds: z.array(bedSchema).optional(),
  bedBlocks: z.array(bedBlockSchema).optional(),
  persons: z.array(personSchema).optional(),
  stays: z.array(staySchema).optional(),
  trainingRecords: z.array(trainingRecordSchema).optional(),
  deleteTrainingRecordIds: z.array(idSchema).optional(),
  stayDays: z.array(stayDaySchema).optional(),
  deleteBedBlockIds: z.array(idSchema).optional(),
  deletePersonIds: z.array(idSchema).optional(),
  deleteStayIds: z.array(idSchema).optional(),
  staff: z.array(staffSchema).optional(),
  credentials: z.array(credentialSchema).optional(),
  signInStates: z.array(signInStateSchema).optional(),
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
  return upsertBy(list, changes, (item) => item.id);
}

/** A copy of `list` with each of `changes` replacing the record of the same key, or appended. */
export function upsertBy<T>(
  list: readonly T[],
  changes: readonly T[],
  key: (item: T) => string,
): T[] {
  const next = [...list];
  const index = new Map(next.map((item, i) => [key(item), i]));
  for (const change of changes) {
    const at = index.get(key(change));
    if (at === undefined) {
      index.set(key(change), next.length);
      next.push(change);
    } else {
      next[at] = change;
    }
  }
  return next;
}
