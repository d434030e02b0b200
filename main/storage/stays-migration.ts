/**
 * The move from one `stays.json` holding every stay (schema 1) to one file per fiscal year
 * (`stays-2026.json`, schema 2). Run at open, after the pre-migration backup, before any change
 * is accepted:
 *
 * 1. every year file is written (durably) from `stays.json`;
 * 2. `stays.json` is removed, last.
 *
 * While `stays.json` exists it is the stays' only truth: a migration cut off at any point (kill -9,
 * power cut) leaves it in place, and the next start splits it again, overwriting the year files
 * an earlier attempt wrote (the same stays give the same files). The master file is written at
 * the new version only after the split (load-store.ts), so an older Tomari refuses the folder as
 * soon as it could no longer read it.
 */
import type { DataDoc } from './open-data-file';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Stay } from '../../shared/domain/schemas';
import type { StaysFile } from './data-files';
import { LEGACY_STAYS_FILE, stayPartitionOf, staysFileName } from './data-files';
import { syncDirectory } from './durable-file';
import type { FileCodec } from './file-codec';
import type { Migration } from './migrations';
import { schemaVersionOf } from './migrations';
import { dataFileAt } from './open-data-file';

/** The stays of one file grouped by the year each belongs in, oldest year first. */
export function splitByYear(stays: readonly Stay[]): Map<number, Stay[]> {
  const years = new Map<number, Stay[]>();
  for (const stay of stays) {
    const fy = stayPartitionOf(stay);
    let list = years.get(fy);
    if (!list) {
      list = [];
      years.set(fy, list);
    }
    list.push(stay);
  }
  return new Map([...years].sort(([a], [b]) => a - b));
}

/**
 * Writes the year files of every stay in the legacy file (step 1). Answers the years, opened, to
 * serve from; the legacy file is removed by `removeLegacyStays` once the rest is written.
 */
export async function splitLegacyStays(
  dataDir: string,
  migrations: readonly Migration[],
  codec: FileCodec,
  legacy: StaysFile,
): Promise<Map<number, DataDoc<StaysFile>>> {
  const schemaVersion = schemaVersionOf(migrations);
  const years = new Map<number, DataDoc<StaysFile>>();
  for (const [fy, stays] of splitByYear(legacy.stays)) {
    // Whatever an earlier, cut-off attempt wrote for the year is simply replaced.
    const low = dataFileAt(
      dataDir,
      staysFileName(fy),
      'stays',
      migrations,
      { schemaVersion, stays },
      codec,
    );
    await low.write();
    years.set(fy, low);
  }
  return years;
}

/** Step 2: the one stays file goes, once every year file and the master file are written. */
export async function removeLegacyStays(dataDir: string): Promise<void> {
  await rm(join(dataDir, LEGACY_STAYS_FILE), { force: true });
  await syncDirectory(dataDir);
}
