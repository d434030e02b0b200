/**
 * Test support: a data folder as Tomari wrote it before stays were split by fiscal year (schema
 * 1: every stay in `stays.json`), for the migration tests. Plain, as Tomari wrote it before
 * encryption; with a codec, sealed, as a folder is between its encryption at first start and its
 * split (folder-key.ts runs before the split, stays-migration.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangeSet } from './repository';
import { DEFAULT_SETTINGS } from '../../shared/domain/schemas';
import { trainingFileName, trainingPartitionOf } from './data-files';
import type { FileCodec } from './file-codec';

export async function writeLegacyFolder(
  dataDir: string,
  changes: ChangeSet,
  codec?: FileCodec,
): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const write = (name: string, doc: unknown) => {
    const plain = Buffer.from(`${JSON.stringify(doc)}\n`);
    return writeFile(join(dataDir, name), codec ? codec.encode(name, plain) : plain);
  };
  await write('master.json', {
    schemaVersion: 1,
    settings: changes.settings ?? DEFAULT_SETTINGS,
    beds: changes.beds ?? [],
    bedBlocks: changes.bedBlocks ?? [],
    persons: changes.persons ?? [],
  });
  await write('stays.json', { schemaVersion: 1, stays: changes.stays ?? [] });
  const years = new Map<number, unknown[]>();
  for (const record of changes.trainingRecords ?? []) {
    const fy = trainingPartitionOf(record.date);
    years.set(fy, [...(years.get(fy) ?? []), record]);
  }
  for (const [fy, records] of years) {
    await write(trainingFileName(fy), { schemaVersion: 1, records });
  }
}
