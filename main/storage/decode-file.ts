/**
 * Turns the text of a data file into validated data at the current schema version, or says
 * precisely why it cannot: the store must never guess at, or overwrite, a file it cannot read.
 */
import { dataFileSchemas, kindOfDataFile, PARTITION_OF, partitionOfFile } from './data-files';
import type { DataFileKind, MasterFile, StaysFile, TrainingFile } from './data-files';
import { migrate, schemaVersionOf } from './migrations';
import type { Migration, RawFile } from './migrations';

/**
 * Why a file could not be opened; `newer-version` means a newer app wrote it. The last three
 * come from the encryption (file-codec.ts): `not-authentic` (changed on disk, cut off, or moved
 * from another file), `other-key` (sealed under another folder's key), `not-encrypted` (a plain
 * file in an encrypted folder).
 */
export type FileProblem =
  'not-json' | 'invalid' | 'newer-version' | 'not-authentic' | 'other-key' | 'not-encrypted';

export class StoredFileError extends Error {
  readonly problem: FileProblem;
  constructor(problem: FileProblem, message: string) {
    super(message);
    this.name = 'StoredFileError';
    this.problem = problem;
  }
}

export interface DecodedFiles {
  master: MasterFile;
  stays: StaysFile;
  training: TrainingFile;
}

export interface Decoded<K extends DataFileKind> {
  data: DecodedFiles[K];
  /** The version the file was written at; lower than the current one when it was migrated. */
  fromVersion: number;
}

function isRawFile(value: unknown): value is RawFile {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Decodes one data file. `partitionYear`, for a partition file (`stays-2026.json`), is the fiscal
 * year its name says: every record in it must belong there.
 */
export function decodeDataFile<K extends DataFileKind>(
  kind: K,
  text: string,
  migrations: readonly Migration[],
  partitionYear?: number,
): Decoded<K> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StoredFileError('not-json', error instanceof Error ? error.message : String(error));
  }
  if (!isRawFile(raw)) throw new StoredFileError('invalid', 'the file is not a JSON object');
  const fromVersion = raw.schemaVersion;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new StoredFileError('invalid', 'schemaVersion is missing or not a positive integer');
  }
  const current = schemaVersionOf(migrations);
  if (fromVersion > current) {
    throw new StoredFileError(
      'newer-version',
      `written by a newer version of Tomari (schema ${fromVersion}; this one knows ${current})`,
    );
  }
  let migrated: RawFile;
  try {
    migrated = migrate(raw, fromVersion, kind, migrations);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoredFileError('invalid', `migration failed: ${reason}`);
  }
  const result = dataFileSchemas(current)[kind].safeParse(migrated);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.map(String).join('.') : '';
    throw new StoredFileError('invalid', `${where}: ${first?.message ?? 'invalid'}`);
  }
  const data = result.data as DecodedFiles[K];
  if (partitionYear !== undefined) {
    // A record in the wrong partition would be invisible to the lookups that rely on it.
    // A training year holds the day facts of its dates too (日々の記録).
    const misplaced =
      'records' in data
        ? [...data.records, ...data.days].find((r) => PARTITION_OF.training(r) !== partitionYear)
        : 'stays' in data
          ? data.stays.find((s) => PARTITION_OF.stays(s) !== partitionYear)
          : undefined;
    if (misplaced) {
      throw new StoredFileError('invalid', `record ${misplaced.id} does not belong in this year`);
    }
  }
  return { data, fromVersion };
}

/** Decodes a data file known by its name (`master.json`, `stays-2026.json`…): kind and partition. */
export function decodeNamedDataFile(
  name: string,
  text: string,
  migrations: readonly Migration[],
): Decoded<DataFileKind> {
  const kind = kindOfDataFile(name);
  if (!kind) throw new StoredFileError('invalid', `${name} is not a data file`);
  return decodeDataFile(kind, text, migrations, partitionOfFile(name)?.fiscalYear);
}
