/**
 * Applies a validated change set: each file touched is rewritten once, durably, in the order
 * master → stays → training (what is referred to before what refers to it), then the audit
 * entries are appended. Memory is swapped only after a file is on disk, so readers never see
 * data that might still be lost; if a write fails, the files touched are read back from disk.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { fail } from '../../shared/api/errors';
import type { Stay, TrainingRecord } from '../../shared/domain/schemas';
import type { MasterFile } from './data-files';
import {
  AUDIT_FILE,
  MASTER_FILE,
  STAYS_FILE,
  trainingFileName,
  trainingPartitionOf,
  trainingYearsOfStay,
} from './data-files';
import { upsertById } from './change-set';
import { StoredFileError } from './decode-file';
import { appendLines } from './durable-file';
import type { ChangeSet } from './repository';
import type { LoadedData, StoreContext } from './store-state';

interface PendingWrite {
  file: string;
  write: () => Promise<void>;
  reload: () => Promise<void>;
}

function pendingWrite<T>(file: string, low: Low<T>, next: T, after?: () => void): PendingWrite {
  return {
    file,
    write: async () => {
      await low.adapter.write(next);
      low.data = next;
      after?.();
    },
    reload: () => low.read(),
  };
}

async function planTraining(
  data: LoadedData,
  changes: ChangeSet,
  stays: readonly Stay[],
): Promise<Map<number, TrainingRecord[]>> {
  const working = new Map<number, TrainingRecord[]>();
  const recordsOf = async (fy: number): Promise<TrainingRecord[]> =>
    working.get(fy) ?? (await data.training.load(fy)).data.records;

  const removeFrom = async (id: string, years: readonly number[]): Promise<void> => {
    for (const fy of years) {
      const records = await recordsOf(fy);
      const at = records.findIndex((r) => r.id === id);
      if (at >= 0) {
        working.set(
          fy,
          records.filter((_, i) => i !== at),
        );
        return;
      }
    }
  };

  for (const record of changes.trainingRecords ?? []) {
    const target = trainingPartitionOf(record.date);
    // A record is only ever filed in a year its stay touches, so its old copy (the date may
    // have changed) is in one of those years: no need to open every year to upsert.
    const stay = stays.find((s) => s.id === record.stayId);
    const years = new Set([
      ...data.training.loadedYears(),
      ...(stay ? trainingYearsOfStay(stay) : []),
      target,
    ]);
    await removeFrom(record.id, [...years]);
    working.set(target, [...(await recordsOf(target)), record]);
  }
  for (const id of changes.deleteTrainingRecordIds ?? []) {
    const years = new Set([...data.training.loadedYears(), ...data.training.knownYears()]);
    await removeFrom(id, [...years]);
  }
  return working;
}

export async function applyChanges(
  ctx: StoreContext,
  data: LoadedData,
  changes: ChangeSet,
): Promise<void> {
  const writes: PendingWrite[] = [];

  const master = data.master.data;
  if (changes.settings || changes.beds || changes.bedBlocks || changes.persons) {
    const next: MasterFile = {
      ...master,
      settings: changes.settings ?? master.settings,
      beds: upsertById(master.beds, changes.beds ?? []),
      bedBlocks: upsertById(master.bedBlocks, changes.bedBlocks ?? []),
      persons: upsertById(master.persons, changes.persons ?? []),
    };
    writes.push(pendingWrite(MASTER_FILE, data.master, next));
  }

  let stays = data.stays.data.stays;
  if (changes.stays?.length) {
    stays = upsertById(stays, changes.stays);
    writes.push(pendingWrite(STAYS_FILE, data.stays, { ...data.stays.data, stays }));
  }

  // Loading happens here, before any write: a damaged year stops the change with nothing written.
  const training = await planTraining(data, changes, stays);
  for (const [fy, records] of [...training].sort(([a], [b]) => a - b)) {
    const low = await data.training.load(fy);
    const after = () => data.training.markWritten(fy);
    writes.push(pendingWrite(trainingFileName(fy), low, { ...low.data, records }, after));
  }

  try {
    if (writes.length > 0) await mkdir(ctx.dataDir, { recursive: true });
    for (const { write } of writes) await write();
  } catch (error) {
    await reloadFromDisk(ctx, writes);
    const reason = error instanceof Error ? error.message : String(error);
    return fail('STORAGE_ERROR', `the changes could not be saved: ${reason}`);
  }

  if (changes.audit.length === 0) return;
  try {
    await mkdir(ctx.dataDir, { recursive: true });
    await appendLines(
      join(ctx.dataDir, AUDIT_FILE),
      changes.audit.map((entry) => JSON.stringify(entry)),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('STORAGE_ERROR', `the changes were saved but the audit log was not: ${reason}`);
  }
}

/**
 * A failed write may still have reached the disk (e.g. the rename landed, the folder fsync
 * failed), so memory is re-read from the files rather than assumed unchanged. A file that cannot
 * even be read back leaves the store refusing calls, since memory may no longer match it.
 */
async function reloadFromDisk(ctx: StoreContext, writes: readonly PendingWrite[]): Promise<void> {
  for (const { file, reload } of writes) {
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
}
