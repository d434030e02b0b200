/**
 * Editing a training record keeps what it said before: the family and the city read these
 * records as evidence, so a changed level must stay visible rather than silently overwritten.
 */
import type { TrainingRecord, TrainingRecordVersion } from './schemas';

type Content = Pick<TrainingRecord, 'level' | 'activity' | 'note'>;

/** True when two versions say the same (who wrote them aside). */
export function sameContent(a: Content, b: Content): boolean {
  return (
    a.level === b.level &&
    (a.activity ?? '') === (b.activity ?? '') &&
    (a.note ?? '') === (b.note ?? '')
  );
}

/** The version a record was before an edit: what it said, who wrote it and when. */
export function versionOf(record: TrainingRecord): TrainingRecordVersion {
  return {
    level: record.level,
    ...(record.activity !== undefined ? { activity: record.activity } : {}),
    ...(record.note !== undefined ? { note: record.note } : {}),
    ...(record.staffId !== undefined ? { staffId: record.staffId } : {}),
    ...(record.recordedBy !== undefined ? { recordedBy: record.recordedBy } : {}),
    at: record.updatedAt ?? record.createdAt ?? '1970-01-01T00:00:00.000Z',
  };
}

/**
 * The history after saving `next` over `before`: the previous version is appended (oldest
 * first) when the content changed; saving the same content again adds nothing.
 */
export function historyAfterEdit(
  before: TrainingRecord,
  next: Content,
): TrainingRecordVersion[] | undefined {
  if (sameContent(before, next)) return before.history;
  return [...(before.history ?? []), versionOf(before)];
}

/**
 * Who wrote a record or a version, as a screen or the paper names them: the staff member's name
 * (from `names`, by `recordedBy`), or, for records written before staff signed in, the 記録者 as
 * it was typed. Undefined when neither is known (a name not given, an unsigned old record).
 */
export function authorOf(
  written: Pick<TrainingRecordVersion, 'recordedBy' | 'staffId'>,
  names: Readonly<Record<string, string>>,
): string | undefined {
  if (written.recordedBy !== undefined) return names[written.recordedBy];
  const typed = written.staffId?.trim();
  return typed === '' ? undefined : typed;
}

/** Every author of a set of records (their earlier versions too), each once, in first-seen order. */
export function authorsOf(
  records: readonly TrainingRecord[],
  names: Readonly<Record<string, string>>,
): string[] {
  const found = new Set<string>();
  for (const record of records) {
    for (const written of [record, ...(record.history ?? [])]) {
      const author = authorOf(written, names);
      if (author !== undefined) found.add(author);
    }
  }
  return [...found];
}
