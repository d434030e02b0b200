/**
 * Recorded, ordered migrations of the data files. Each entry brings a file from `version - 1` to
 * `version`; the current schema version is the last entry's. A migration receives the parsed
 * JSON of one file (which file it is comes second, since most migrations touch one kind) and
 * returns the new JSON; it must not set `schemaVersion`, the runner does.
 */
import type { DataFileKind } from './data-files';

export type RawFile = Record<string, unknown>;

export interface Migration {
  version: number;
  description: string;
  up: (raw: RawFile, kind: DataFileKind) => RawFile;
}

/** Version 1 is the first format; add migrations here, never edit or reorder shipped ones. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    // The records keep their shape; the stays move from `stays.json` into one file per fiscal
    // year (stays-migration.ts, run at open). The new version makes an older Tomari refuse a
    // folder it would otherwise read as having no stays at all.
    description: 'stays split into one file per fiscal year (stays-<年度>.json)',
    up: (raw) => raw,
  },
];

export const BASE_SCHEMA_VERSION = 1;

export function schemaVersionOf(migrations: readonly Migration[]): number {
  return migrations.reduce((v, m) => Math.max(v, m.version), BASE_SCHEMA_VERSION);
}

export const SCHEMA_VERSION = schemaVersionOf(MIGRATIONS);

/** Applies, in version order, every migration newer than the file's version. */
export function migrate(
  raw: RawFile,
  fromVersion: number,
  kind: DataFileKind,
  migrations: readonly Migration[],
): RawFile {
  const pending = migrations
    .filter((m) => m.version > fromVersion)
    .sort((a, b) => a.version - b.version);
  let current = raw;
  for (const migration of pending) {
    current = { ...migration.up(current, kind), schemaVersion: migration.version };
  }
  return current;
}
