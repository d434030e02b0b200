/**
 * Applies a validated change set: its audit entries are appended (and flushed) first, as the
 * intent, while the new versions of the files touched are written and flushed beside them; then
 * each is put in place (renamed, the folder flushed) in the order master → stays (by year, a
 * year a stay left last: plan-stays.ts) → training (what is referred to before what refers to
 * it; a change removing persons or stays goes the other way, docs/retention.md). A crash at any
 * point therefore never leaves a change in place that the audit trail does not name; at worst an entry names a change that a crash cut off before it was written. If the
 * entries, or any new version, cannot be written, nothing of the change is put in place
 * (AUDIT_NOT_WRITTEN, STORAGE_ERROR); a change that failed after its entries is marked
 * `change.failed`. Memory is swapped only after a file is in place, so readers never see data
 * that might still be lost; if putting a file in place fails, the files touched are read back.
 *
 * Planning is linear in the size of the change set plus the files it touches: stays are upserted
 * by position in their year (the year's index knows each id's), and training records are grouped
 * by year, each year's new array being built once.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fail } from '../../shared/api/errors';
import type { AuditEntry, Stay, TrainingRecord } from '../../shared/domain/schemas';
import type { StayDay } from '../../shared/domain/stay-day';
import type { MasterFile, TrainingFile } from './data-files';
import {
  AUDIT_FILE,
  MASTER_FILE,
  trainingFileName,
  trainingPartitionOf,
  trainingYearsOfStay,
} from './data-files';
import { upsertBy, upsertById } from './change-set';
import { StoredFileError } from './decode-file';
import type { DataDoc } from './open-data-file';
import { appendAuditLines } from './file-codec';
import { ensurePrivateDir } from './private-files';
import type { ChangeSet } from './repository';
import { planStays, type PendingWrite } from './plan-stays';
import type { LoadedData, StoreContext } from './store-state';

function pendingWrite<T>(file: string, low: DataDoc<T>, next: T, after?: () => void): PendingWrite {
  return {
    file,
    prepare: () => low.adapter.prepare(next),
    done: () => {
      low.data = next;
      after?.();
    },
    reload: () => low.read(),
  };
}

/** Up to this many record changes, looking ids up by scanning beats building an id map per year. */
const SCAN_UP_TO = 16;

/** One training year as the change set leaves it: its records minus `removed`, plus `appended`. */
interface YearPlan {
  low: DataDoc<TrainingFile>;
  records: readonly TrainingRecord[];
  ids: Set<string> | undefined;
  removed: Set<string>;
  /** Records filed in this year by the change set, in the order they were last upserted. */
  appended: Map<string, TrainingRecord>;
  /** Day facts saved in this year by the change set (a day never changes its date). */
  days: StayDay[];
  /** Day facts removed from this year by the change set. */
  removedDays: Set<string>;
  touched: boolean;
}

function holds(plan: YearPlan, id: string): boolean {
  if (plan.removed.has(id)) return false;
  if (plan.ids) return plan.ids.has(id);
  return plan.records.some((r) => r.id === id);
}

async function planTraining(
  data: LoadedData,
  changes: ChangeSet,
  stayOf: (id: string) => Stay | undefined,
): Promise<Map<number, YearPlan>> {
  const plans = new Map<number, YearPlan>();
  const operations =
    (changes.trainingRecords?.length ?? 0) + (changes.deleteTrainingRecordIds?.length ?? 0);
  /** Years in memory: free to look in. */
  const inMemory = new Set(data.training.loadedYears());
  const planOf = async (fy: number): Promise<YearPlan> => {
    let plan = plans.get(fy);
    if (!plan) {
      const low = await data.training.load(fy);
      inMemory.add(fy);
      const { records } = low.data;
      const ids = operations > SCAN_UP_TO ? new Set(records.map((r) => r.id)) : undefined;
      plan = {
        low,
        records,
        ids,
        removed: new Set(),
        appended: new Map(),
        days: [],
        removedDays: new Set(),
        touched: false,
      };
      plans.set(fy, plan);
    }
    return plan;
  };
  /** Where the change set itself has filed a record. */
  const filedIn = new Map<string, number>();

  /** Takes the record out of wherever it is, looking in `years` (in order) for its old copy. */
  const remove = async (id: string, years: Iterable<number>): Promise<void> => {
    const filed = filedIn.get(id);
    if (filed !== undefined) {
      plans.get(filed)?.appended.delete(id);
      filedIn.delete(id);
      return;
    }
    for (const fy of years) {
      const plan = plans.get(fy) ?? (await planOf(fy));
      if (holds(plan, id)) {
        plan.removed.add(id);
        plan.touched = true;
        return;
      }
    }
  };

  for (const record of changes.trainingRecords ?? []) {
    const target = trainingPartitionOf(record.date);
    // A record is only ever filed in a year its stay touches, so its old copy (the date may
    // have changed) is in one of those years: no need to open every year to upsert.
    const stay = stayOf(record.stayId);
    const years = new Set(inMemory);
    if (stay) for (const fy of trainingYearsOfStay(stay)) years.add(fy);
    years.add(target);
    await remove(record.id, years);
    const plan = plans.get(target) ?? (await planOf(target));
    plan.appended.set(record.id, record);
    plan.touched = true;
    filedIn.set(record.id, target);
  }
  const deletes = changes.deleteTrainingRecordIds ?? [];
  const erasedStays = new Set(changes.deleteStayIds ?? []);
  if (deletes.length > 0 || erasedStays.size > 0) {
    const years = [...new Set([...data.training.loadedYears(), ...data.training.knownYears()])];
    for (const id of deletes) await remove(id, years);
    // Every record and day of a stay removed for good, from every year: found by its stay id,
    // since the stay itself may already be gone (an erase applied again after a crash).
    if (erasedStays.size > 0) {
      for (const fy of years) {
        const plan = plans.get(fy) ?? (await planOf(fy));
        for (const record of plan.records) {
          if (!erasedStays.has(record.stayId) || plan.removed.has(record.id)) continue;
          plan.removed.add(record.id);
          plan.touched = true;
        }
        for (const record of plan.appended.values()) {
          if (erasedStays.has(record.stayId)) plan.appended.delete(record.id);
        }
        for (const day of plan.low.data.days) {
          if (!erasedStays.has(day.stayId)) continue;
          plan.removedDays.add(day.id);
          plan.touched = true;
        }
        plan.days = plan.days.filter((d) => !erasedStays.has(d.stayId));
      }
    }
  }
  for (const day of changes.stayDays ?? []) {
    const target = trainingPartitionOf(day.date);
    const plan = plans.get(target) ?? (await planOf(target));
    plan.days.push(day);
    plan.touched = true;
  }
  return plans;
}

export async function applyChanges(
  ctx: StoreContext,
  data: LoadedData,
  changes: ChangeSet,
): Promise<void> {
  const masterWrites: PendingWrite[] = [];
  const stayWrites: PendingWrite[] = [];
  const trainingWrites: PendingWrite[] = [];

  const master = data.master.data;
  const removedBlocks = new Set(changes.deleteBedBlockIds ?? []);
  const removedPersons = new Set(changes.deletePersonIds ?? []);
  const removesPersons = master.persons.some((p) => removedPersons.has(p.id));
  if (
    removesPersons ||
    changes.settings ||
    changes.beds ||
    changes.bedBlocks ||
    changes.persons ||
    changes.staff ||
    changes.credentials ||
    changes.signInStates ||
    removedBlocks.size > 0
  ) {
    const byStaff = (item: { staffId: string }) => item.staffId;
    const next: MasterFile = {
      ...master,
      settings: changes.settings ?? master.settings,
      beds: upsertById(master.beds, changes.beds ?? []),
      bedBlocks: upsertById(
        master.bedBlocks.filter((b) => !removedBlocks.has(b.id)),
        changes.bedBlocks ?? [],
      ),
      persons: upsertById(
        removedPersons.size > 0
          ? master.persons.filter((p) => !removedPersons.has(p.id))
          : master.persons,
        changes.persons ?? [],
      ),
      staff: upsertById(master.staff, changes.staff ?? []),
      credentials: upsertBy(master.credentials, changes.credentials ?? [], byStaff),
      signInStates: upsertBy(master.signInStates, changes.signInStates ?? [], byStaff),
    };
    masterWrites.push(pendingWrite(MASTER_FILE, data.master, next));
  }

  // Year files the stays go in (a year new to the folder is opened here, before any write).
  const stays =
    changes.stays?.length || changes.deleteStayIds?.length
      ? planStays(
          ctx.dataDir,
          ctx.migrations,
          ctx.codec,
          data.stays,
          changes.stays ?? [],
          changes.deleteStayIds ?? [],
        )
      : undefined;
  if (stays) stayWrites.push(...stays.writes);

  // Loading happens here, before any write: a damaged year stops the change with nothing written.
  const stayOf = (id: string) => stays?.changed.get(id) ?? data.stays.get(id);
  const training = await planTraining(data, changes, stayOf);
  for (const [fy, plan] of [...training].sort(([a], [b]) => a - b)) {
    if (!plan.touched) continue;
    const keptRecords =
      plan.removed.size > 0 ? plan.records.filter((r) => !plan.removed.has(r.id)) : plan.records;
    const records = keptRecords.concat([...plan.appended.values()]);
    const kept =
      plan.removedDays.size > 0
        ? plan.low.data.days.filter((d) => !plan.removedDays.has(d.id))
        : plan.low.data.days;
    const days = plan.days.length > 0 ? upsertById(kept, plan.days) : kept;
    const after = () => data.training.markWritten(fy);
    const next = { ...plan.low.data, records, days };
    trainingWrites.push(pendingWrite(trainingFileName(fy), plan.low, next, after));
  }
  // What is referred to goes in place before what refers to it; a change that removes persons or
  // stays goes the other way, so the person stays on file until everything of theirs is gone (an
  // erase cut off by a crash is found, and finished, by the person still being there).
  const writes =
    removesPersons || (changes.deleteStayIds?.length ?? 0) > 0
      ? [...trainingWrites, ...stayWrites, ...masterWrites]
      : [...masterWrites, ...stayWrites, ...trainingWrites];

  if (writes.length === 0 && changes.audit.length === 0) return;
  const change = randomUUID();
  const auditFile = join(ctx.dataDir, AUDIT_FILE);
  const signed = async () => {
    if (!ctx.folderReady) {
      await ensurePrivateDir(ctx.dataDir);
      ctx.folderReady = true;
    }
    if (changes.audit.length > 0) {
      await appendAuditLines(
        ctx.codec,
        auditFile,
        changes.audit.map((entry) => JSON.stringify({ ...entry, change })),
      );
    }
  };
  const markFailed = async () => {
    if (changes.audit.length === 0) return;
    // Best effort: the entries name a change whose save failed (part of it may still have
    // reached the disk: the files are read back, and the entries are kept).
    const failed: AuditEntry = {
      at: ctx.now().toISOString(),
      actor: 'system',
      action: 'change.failed',
      entity: 'storage',
      facts: { change },
    };
    await appendAuditLines(ctx.codec, auditFile, [JSON.stringify(failed)]).catch(() => undefined);
  };

  // The new versions are written and flushed beside their files while the audit entries are:
  // nothing is in place until both are, so the entries still come first (a crash before the
  // renames leaves only temp files, removed at the next open).
  const [audit, ...prepared] = await Promise.allSettled([
    signed(),
    ...writes.map((w) => w.prepare()),
  ]);
  const ready = prepared.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []));
  if (audit.status === 'rejected') {
    await Promise.all(ready.map((p) => p.discard()));
    // Nothing of the change was written: a change no one signed is never kept.
    return fail('AUDIT_NOT_WRITTEN', { reason: reasonOf(audit.reason) });
  }
  const notPrepared = prepared.find((p) => p.status === 'rejected');
  if (notPrepared) {
    await Promise.all(ready.map((p) => p.discard()));
    await markFailed();
    return fail('STORAGE_ERROR', { reason: reasonOf(notPrepared.reason) });
  }

  let next = 0;
  try {
    for (; next < writes.length; next++) {
      await ready[next]!.commit();
      writes[next]!.done?.();
    }
    stays?.commit();
  } catch (error) {
    await Promise.all(ready.slice(next + 1).map((p) => p.discard()));
    await markFailed();
    await reloadFromDisk(ctx, writes);
    return fail('STORAGE_ERROR', { reason: reasonOf(error) });
  }
}

/** The system's reason for a failed write (e.g. ENOSPC), kept beside the Japanese message. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A failed write may still have reached the disk (e.g. the rename landed, the folder fsync
 * failed), so memory is re-read from the files rather than assumed unchanged. A file that cannot
 * even be read back leaves the store refusing calls, since memory may no longer match it.
 */
async function reloadFromDisk(ctx: StoreContext, writes: readonly PendingWrite[]): Promise<void> {
  for (const { file, reload } of new Map(writes.map((w) => [w.file, w])).values()) {
    try {
      await reload();
    } catch (error) {
      if (error instanceof StoredFileError) return ctx.reportDamage(file, error);
      const earlier = ctx.state.kind === 'damaged' ? ctx.state.damaged : [];
      ctx.state = {
        kind: 'damaged',
        damaged: [...earlier, { file, keptAs: '', problem: 'unreadable' }],
      };
      return;
    }
  }
  // A stay moved between years may now be on disk in both: the marked copy is the current one.
  if (ctx.state.kind === 'ok') ctx.state.data.stays.resolveMoves();
}
