/**
 * The stays part of a change: which year files it rewrites and with what (stay-partitions.ts).
 * Each changed stay is upserted in the year of its arrival. A stay whose arrival moved into
 * another fiscal year moves file, in two steps so that a crash at any moment keeps it somewhere:
 *
 * 1. every year receiving or updating stays is written, a moved stay marked in its new year
 *    (a year that also loses stays still holds them at this step);
 * 2. every year losing a stay is written without it.
 *
 * A stay removed for good (`removed`: a person erased, docs/retention.md) leaves its year in step
 * 2 too.
 *
 * Memory is swapped in one step (`commit`) once the change is acknowledged (its journal line
 * flushed, journal.ts), so no question ever sees a stay twice, or data that may still be lost.
 */
import type { DataDoc } from './open-data-file';
import type { Stay } from '../../shared/domain/schemas';
import type { StaysFile } from './data-files';
import type { PreparedFile } from './durable-file';
import type { FileCodec } from './file-codec';
import { stayPartitionOf, staysFileName } from './data-files';
import type { Migration } from './migrations';
import { schemaVersionOf } from './migrations';
import { dataFileAt } from './open-data-file';
import { moveStayIndex, stayIndexOf } from './stay-index';
import type { StayPartitions } from './stay-partitions';

/**
 * One durable file write of a change: `prepare` writes the new version beside the file (see
 * durable-file.ts), and `done` swaps memory to it once the change is acknowledged.
 */
export interface PendingWrite {
  file: string;
  prepare: () => Promise<PreparedFile>;
  done?: () => void;
}

export interface StaysPlan {
  writes: PendingWrite[];
  /** Swaps memory to what the writes put on disk; run once the change is acknowledged. */
  commit: () => void;
  /** The stays as the change leaves them, by id. */
  changed: ReadonlyMap<string, Stay>;
}

interface YearPlan {
  fiscalYear: number;
  low: DataDoc<StaysFile>;
  /** The year's stays with the change's upserts (moved-out stays still in). */
  next: Stay[];
  changed: Stay[];
  added: Map<string, number>;
  movedIn: Set<string>;
  movedOut: Set<string>;
  /** Stays removed for good from this year. */
  removed: Set<string>;
}

export function planStays(
  dataDir: string,
  migrations: readonly Migration[],
  codec: FileCodec,
  partitions: StayPartitions,
  changes: readonly Stay[],
  removed: readonly string[] = [],
): StaysPlan {
  // Upsert semantics: the last copy of an id in the set wins.
  const latest = new Map<string, Stay>();
  for (const stay of changes) latest.set(stay.id, stay);
  const plans = new Map<number, YearPlan>();
  const planOf = (fiscalYear: number): YearPlan => {
    let plan = plans.get(fiscalYear);
    if (!plan) {
      // A year new to the folder: no file yet (every year with one was read at open).
      const low =
        partitions.yearDoc(fiscalYear) ??
        dataFileAt(
          dataDir,
          staysFileName(fiscalYear),
          'stays',
          migrations,
          { schemaVersion: schemaVersionOf(migrations), stays: [] },
          codec,
        );
      plan = {
        fiscalYear,
        low,
        next: low.data.stays.slice(),
        changed: [],
        added: new Map(),
        movedIn: new Set(),
        movedOut: new Set(),
        removed: new Set(),
      };
      plans.set(fiscalYear, plan);
    }
    return plan;
  };

  for (const stay of latest.values()) {
    const target = stayPartitionOf(stay);
    const source = partitions.yearOf(stay.id);
    const plan = planOf(target);
    plan.changed.push(stay);
    const at = source === target ? stayIndexOf(plan.low.data.stays).positionOf(stay.id) : undefined;
    if (at === undefined) {
      plan.added.set(stay.id, plan.next.length);
      plan.next.push(stay);
    } else {
      plan.next[at] = stay;
    }
    if (source !== undefined && source !== target) {
      plan.movedIn.add(stay.id);
      planOf(source).movedOut.add(stay.id);
    }
  }

  for (const id of removed) {
    if (latest.has(id)) continue;
    const source = partitions.yearOf(id);
    if (source === undefined) continue;
    const plan = planOf(source);
    plan.movedOut.add(id);
    plan.removed.add(id);
  }

  const ordered = [...plans.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const finalStays = new Map(
    ordered.map((p) => [
      p.fiscalYear,
      p.movedOut.size > 0 ? p.next.filter((s) => !p.movedOut.has(s.id)) : p.next,
    ]),
  );
  const writes: PendingWrite[] = [];
  const writeOf = (plan: YearPlan, doc: StaysFile): PendingWrite => ({
    file: staysFileName(plan.fiscalYear),
    prepare: () => plan.low.adapter.prepare(doc),
  });
  const schemaVersion = (plan: YearPlan) => plan.low.data.schemaVersion;
  // Step 1: the years receiving or updating stays, each moved stay marked where it now lives; a
  // year that also loses stays still holds them here.
  for (const plan of ordered) {
    if (plan.changed.length === 0) continue;
    const doc: StaysFile = {
      schemaVersion: schemaVersion(plan),
      stays: plan.movedOut.size > 0 ? plan.next : finalStays.get(plan.fiscalYear)!,
    };
    if (plan.movedIn.size > 0) {
      doc.moves = Object.fromEntries(
        [...plan.movedIn].map((id) => [id, partitions.nextMoveMark()]),
      );
    }
    writes.push(writeOf(plan, doc));
  }
  // Step 2: the years a stay left (again, for one that also received stays in step 1).
  for (const plan of ordered) {
    if (plan.movedOut.size === 0) continue;
    const doc = { schemaVersion: schemaVersion(plan), stays: finalStays.get(plan.fiscalYear)! };
    writes.push(writeOf(plan, doc));
  }

  const commit = () => {
    for (const plan of ordered) {
      const previous = plan.low.data.stays;
      const stays = finalStays.get(plan.fiscalYear)!;
      plan.low.data = { schemaVersion: schemaVersion(plan), stays };
      // A year that lost stays gets a fresh index on its next question; the others carry theirs.
      if (plan.movedOut.size === 0) moveStayIndex(previous, stays, plan.changed, plan.added);
      partitions.commit(
        plan.fiscalYear,
        plan.low,
        plan.changed.map((s) => s.id),
      );
      partitions.forget(plan.removed);
    }
  };
  return { writes, commit, changed: latest };
}
