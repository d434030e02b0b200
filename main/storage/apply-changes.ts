/**
 * Applies a validated change set. It is made durable by one flushed line in the journal (the
 * change set and its audit entries, journal.ts): then it is answered, and memory holds it. Right
 * after, in the background, its entries are appended to the trail while the new versions of the
 * files touched are written and flushed beside them; then each is put in place (renamed, the
 * folder flushed) in the order master → stays (by year, a year a stay left last: plan-stays.ts)
 * → training (what is referred to before what refers to it; a change removing persons or stays
 * goes the other way, docs/retention.md), and the journal is emptied. A crash at any point
 * therefore never loses an answered change (the next open replays the journal,
 * replay-journal.ts), and never leaves a change on disk that neither the trail nor the journal
 * names. If the journal line cannot be written, nothing of the change is kept (STORAGE_ERROR,
 * and the trail marks it `change.failed`); if its files or entries cannot be put in place, it is
 * kept, and the next change tries again first and is refused while that fails
 * (`settleWrites`: STORAGE_ERROR, AUDIT_NOT_WRITTEN).
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
import type { DataDoc } from './open-data-file';
import { appendAuditLines } from './file-codec';
import { ensurePrivateDir } from './private-files';
import type { ChangeSet } from './repository';
import { planStays, type PendingWrite } from './plan-stays';
import type { LoadedData, StoreContext, Unplaced, Unwritten } from './store-state';

function pendingWrite<T>(file: string, low: DataDoc<T>, next: T, after?: () => void): PendingWrite {
  return {
    file,
    prepare: () => low.adapter.prepare(next),
    done: () => {
      low.data = next;
      after?.();
    },
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

/** A change read back from the journal at open (replay-journal.ts). */
export interface Replay {
  change: string;
  /** The trail already holds the change's entries (the crash came after they were appended). */
  auditInTrail: boolean;
}

export async function applyChanges(
  ctx: StoreContext,
  data: LoadedData,
  changes: ChangeSet,
  replay?: Replay,
): Promise<void> {
  if (!replay) await settleWrites(ctx);
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
  if (!ctx.folderReady) {
    await ensurePrivateDir(ctx.dataDir);
    ctx.folderReady = true;
  }
  const change = replay?.change ?? randomUUID();
  const audit =
    replay?.auditInTrail === true
      ? []
      : changes.audit.map((entry) => JSON.stringify({ ...entry, change }));
  const commitMemory = () => {
    for (const write of writes) write.done?.();
    stays?.commit();
  };

  if (replay) {
    // At open, before anything else may change: straight into place, the journal is emptied after.
    commitMemory();
    const left = await putInPlace(ctx, { audit, writes });
    if (left) return fail(left.code, { reason: left.reason });
    return;
  }

  if (writes.length === 0) {
    // Entries alone (a sign-in, a print): the trail is the one file, one append is the save.
    try {
      await appendAuditLines(ctx.codec, join(ctx.dataDir, AUDIT_FILE), audit);
    } catch (error) {
      return fail('AUDIT_NOT_WRITTEN', { reason: reasonOf(error) });
    }
    return;
  }

  try {
    await ctx.journal.append({ change, changes });
  } catch (error) {
    // Nothing changed in memory and no file was touched. The line may still reach the disk
    // (a failed flush): the trail marks the change failed, so the replay at open skips it.
    await markFailed(ctx, change);
    return fail('STORAGE_ERROR', { reason: reasonOf(error) });
  }
  // Acknowledged: the change survives a crash from here on, so memory holds it now and its files
  // follow in the background. The next change waits for them (`settleWrites`). They start once
  // the answer is on its way: making a year's file (JSON, sealing) is a millisecond of work.
  commitMemory();
  startPutting(ctx, { audit, writes }, afterAnswer());
}

/** Resolves after the callbacks already due (the answer's) have run. */
function afterAnswer(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Puts `job` in place once `first` has settled, as the store's `putting`; what is left if that
 * fails becomes its `unwritten` (cleared when it succeeds).
 */
function startPutting(
  ctx: StoreContext,
  job: Unplaced,
  first: Promise<void> = Promise.resolve(),
): Promise<void> {
  ctx.putting = first
    .then(() => putInPlace(ctx, job))
    .then((left) => {
      ctx.unwritten = left;
    });
  return ctx.putting;
}

/** Best effort: marks a change whose journal line failed, so that no replay applies it. */
async function markFailed(ctx: StoreContext, change: string): Promise<void> {
  const failed: AuditEntry = {
    at: ctx.now().toISOString(),
    actor: 'system',
    action: 'change.failed',
    entity: 'storage',
    facts: { change },
  };
  const trail = join(ctx.dataDir, AUDIT_FILE);
  await appendAuditLines(ctx.codec, trail, [JSON.stringify(failed)]).catch(() => undefined);
}

/**
 * Puts an acknowledged change in place: its entries are appended to the trail while the new
 * versions of its files are written and flushed beside them, then each file is renamed over the
 * old one in order (see the top of this file), and the journal is emptied. Answers what is left
 * if anything failed (the journal then still holds the change, so nothing is lost: the next
 * change tries again first, and the next open replays it).
 */
async function putInPlace(ctx: StoreContext, job: Unplaced): Promise<Unwritten | undefined> {
  const trail = join(ctx.dataDir, AUDIT_FILE);
  const [entries, ...prepared] = await Promise.allSettled([
    job.audit.length > 0 ? appendAuditLines(ctx.codec, trail, job.audit) : Promise.resolve(),
    ...job.writes.map((w) => w.prepare()),
  ]);
  const audit = entries.status === 'rejected' ? job.audit : [];
  const left = (writes: PendingWrite[], error: unknown): Unwritten => ({
    audit,
    writes,
    code: audit.length > 0 ? 'AUDIT_NOT_WRITTEN' : 'STORAGE_ERROR',
    reason: reasonOf(error),
  });
  const ready = prepared.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []));
  const notPrepared = prepared.find((p) => p.status === 'rejected');
  if (notPrepared) {
    await Promise.all(ready.map((p) => p.discard()));
    return left(job.writes, notPrepared.reason);
  }
  let next = 0;
  try {
    for (; next < ready.length; next++) await ready[next]!.commit();
  } catch (error) {
    await Promise.all(ready.slice(next + 1).map((p) => p.discard()));
    return left(job.writes.slice(next), error);
  }
  if (entries.status === 'rejected') return left([], entries.reason);
  try {
    await ctx.journal.clear();
  } catch (error) {
    return left([], error);
  }
  return undefined;
}

/**
 * Waits for the previous change to be in place; one that is not (a write failed) is tried once
 * more, and while it still fails every change is refused with its code: the next change plans
 * from memory, which must not run ahead of the disk by more than the journal holds.
 */
export async function settleWrites(ctx: StoreContext): Promise<void> {
  await ctx.putting;
  if (ctx.unwritten) await startPutting(ctx, ctx.unwritten);
  if (ctx.unwritten) fail(ctx.unwritten.code, { reason: ctx.unwritten.reason });
}

/** The system's reason for a failed write (e.g. ENOSPC), kept beside the Japanese message. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
