/**
 * Opens one data file as a lowdb `Low` over the durable adapter: opened with the folder's codec
 * (decrypted and authenticated), decoded and migrated; written back sealed.
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DEFAULT_SETTINGS } from '../../shared/domain/schemas';
import type { DataFileKind, MasterFile, StaysFile, TrainingFile } from './data-files';
import { partitionOfFile } from './data-files';
import { decodeDataFile } from './decode-file';
import type { DecodedFiles } from './decode-file';
import { dataFileJson } from './data-file-json';
import { durableJsonFile } from './durable-file';
import type { DurableAdapter } from './durable-file';
import type { FileCodec } from './file-codec';
import type { Migration } from './migrations';
import { schemaVersionOf } from './migrations';

/**
 * A data file's document: lowdb's `Low` over the durable adapter, which can also write a new
 * version in two halves (`adapter.prepare`, then commit).
 */
export class DataDoc<T> extends Low<T> {
  declare adapter: DurableAdapter<T>;
  constructor(adapter: DurableAdapter<T>, defaultData: T) {
    super(adapter, defaultData);
  }
}

export function emptyMaster(schemaVersion: number): MasterFile {
  return {
    schemaVersion,
    settings: structuredClone(DEFAULT_SETTINGS),
    beds: [],
    bedBlocks: [],
    persons: [],
    staff: [],
    credentials: [],
    signInStates: [],
  };
}

export function emptyStays(schemaVersion: number): StaysFile {
  return { schemaVersion, stays: [] };
}

export function emptyTraining(schemaVersion: number): TrainingFile {
  return { schemaVersion, records: [], days: [] };
}

function emptyData<K extends DataFileKind>(kind: K, version: number): DecodedFiles[K] {
  const empty: DecodedFiles = {
    master: emptyMaster(version),
    stays: emptyStays(version),
    training: emptyTraining(version),
  };
  return empty[kind];
}

export interface OpenedFile<T> {
  low: DataDoc<T>;
  /** The schema version on disk; lower than current when the data in memory was migrated. */
  fromVersion: number;
  existed: boolean;
}

/**
 * Reads the file (a missing file gives empty data, created on first write). Throws
 * `StoredFileError` when the file cannot be used; the caller decides what damage means.
 */
export async function openDataFile<K extends DataFileKind>(
  dataDir: string,
  name: string,
  kind: K,
  migrations: readonly Migration[],
  codec: FileCodec,
): Promise<OpenedFile<DecodedFiles[K]>> {
  const version = schemaVersionOf(migrations);
  let fromVersion = version;
  let existed = false;
  const adapter = durableJsonFile<DecodedFiles[K]>(
    join(dataDir, name),
    (bytes) => {
      const text = codec.decode(name, bytes).toString('utf8');
      const decoded = decodeDataFile(kind, text, migrations, partitionOfFile(name)?.fiscalYear);
      fromVersion = decoded.fromVersion;
      existed = true;
      return decoded.data;
    },
    (data) => codec.encode(name, dataFileJson(data)),
  );
  const low = new DataDoc<DecodedFiles[K]>(adapter, emptyData(kind, version));
  await low.read();
  return { low, fromVersion, existed };
}

/** A data file's document over its durable file, holding `data`, without reading the file. */
export function dataFileAt<K extends DataFileKind>(
  dataDir: string,
  name: string,
  kind: K,
  migrations: readonly Migration[],
  data: DecodedFiles[K],
  codec: FileCodec,
): DataDoc<DecodedFiles[K]> {
  const adapter = durableJsonFile<DecodedFiles[K]>(
    join(dataDir, name),
    (bytes) =>
      decodeDataFile(
        kind,
        codec.decode(name, bytes).toString('utf8'),
        migrations,
        partitionOfFile(name)?.fiscalYear,
      ).data,
    (data) => codec.encode(name, dataFileJson(data)),
  );
  return new DataDoc<DecodedFiles[K]>(adapter, data);
}
