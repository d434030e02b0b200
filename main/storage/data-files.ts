/**
 * What lives in the data folder, and the zod schema each file is checked against on load. Data
 * is split so a write rewrites only what changed: master data in one file, and the kinds that
 * grow with the years (stays; training records and day facts, 日々の記録) in one file per fiscal
 * year, a partition (fixed April start: a storage partition, independent of the facility's own
 * fiscal-year setting). docs/storage.md says which partition each record belongs to and why.
 */
import { z } from 'zod';
import {
  bedBlockSchema,
  bedSchema,
  personSchema,
  settingsSchema,
  staySchema,
  trainingRecordSchema,
} from '../../shared/domain/schemas';
import { stayDaySchema } from '../../shared/domain/stay-day';
import { credentialSchema, signInStateSchema, staffSchema } from '../../shared/domain/staff';
import { fiscalYearOf } from '../../shared/domain/dates';
import type { Stay } from '../../shared/domain/schemas';

export const MASTER_FILE = 'master.json';
/**
 * Every stay in one file: the layout before stays were split by fiscal year (schema 1). Still
 * read from older folders (it is migrated at open, see stays-migration.ts) and older backups.
 */
export const LEGACY_STAYS_FILE = 'stays.json';
export const AUDIT_FILE = 'audit.jsonl';

/** The kinds of records kept one file per fiscal year. */
export const PARTITIONED_KINDS = ['stays', 'training'] as const;
export type PartitionedKind = (typeof PARTITIONED_KINDS)[number];
export type DataFileKind = 'master' | PartitionedKind;

const PARTITION_FILE_RE = /^(stays|training)-(\d{4})\.json$/;

/** `stays-2026.json`, `training-2026.json`: the file of one kind's fiscal year. */
export function partitionFileName(kind: PartitionedKind, fiscalYear: number): string {
  return `${kind}-${fiscalYear}.json`;
}

export function trainingFileName(fiscalYear: number): string {
  return partitionFileName('training', fiscalYear);
}

export function staysFileName(fiscalYear: number): string {
  return partitionFileName('stays', fiscalYear);
}

/** The kind and fiscal year a partition file holds; undefined for any other name. */
export function partitionOfFile(
  name: string,
): { kind: PartitionedKind; fiscalYear: number } | undefined {
  const match = PARTITION_FILE_RE.exec(name);
  if (!match) return undefined;
  return { kind: match[1] as PartitionedKind, fiscalYear: Number(match[2]) };
}

/** The fiscal year a training file holds, or undefined when the name is not a training file. */
export function fiscalYearOfTrainingFile(name: string): number | undefined {
  const partition = partitionOfFile(name);
  return partition?.kind === 'training' ? partition.fiscalYear : undefined;
}

/** The fiscal year of a date, as the storage partitions count it (April start). */
export function partitionYearOf(date: string): number {
  return fiscalYearOf(date, 4);
}

/** The training partition a record belongs in: the year of its date. */
export function trainingPartitionOf(date: string): number {
  return partitionYearOf(date);
}

/**
 * The partition a stay belongs in: the year of its arrival (start). A stay across 3/31–4/1 is
 * filed once, in the year it starts; questions about a range look in every year that can hold a
 * stay touching it (stay-partitions.ts).
 */
export function stayPartitionOf(stay: Pick<Stay, 'start'>): number {
  return partitionYearOf(stay.start);
}

/** The partition each record of a partitioned file belongs in, for the check on load. */
export const PARTITION_OF: {
  stays: (stay: Stay) => number;
  training: (record: { date: string }) => number;
} = {
  stays: stayPartitionOf,
  training: (record) => trainingPartitionOf(record.date),
};

/**
 * Partitions a stay's records can be in: every year its dates touch, including the original end
 * of a stay that was cut short (records written before the cut stay where they were filed).
 */
export function trainingYearsOfStay(stay: Pick<Stay, 'start' | 'end' | 'originalEnd'>): number[] {
  const last = stay.originalEnd && stay.originalEnd > stay.end ? stay.originalEnd : stay.end;
  const years: number[] = [];
  for (let y = trainingPartitionOf(stay.start); y <= trainingPartitionOf(last); y++) years.push(y);
  return years;
}

export function kindOfDataFile(name: string): DataFileKind | undefined {
  if (name === MASTER_FILE) return 'master';
  if (name === LEGACY_STAYS_FILE) return 'stays';
  return partitionOfFile(name)?.kind;
}

/** Files that are data (validated, backed up, restored); the audit log is backed up as well. */
export function isDataFileName(name: string): boolean {
  return kindOfDataFile(name) !== undefined;
}

export function dataFileSchemas(schemaVersion: number) {
  const version = z.literal(schemaVersion);
  return {
    master: z.object({
      schemaVersion: version,
      settings: settingsSchema,
      beds: z.array(bedSchema),
      bedBlocks: z.array(bedBlockSchema),
      persons: z.array(personSchema),
      // Staff and their sign-in data sit with the master data: small, changed rarely. Files
      // written before staff signed in have none (a fresh folder asks for the first manager).
      staff: z.array(staffSchema).default([]),
      /** Hashed secrets only (shared/domain/staff.ts), never a secret itself. */
      credentials: z.array(credentialSchema).default([]),
      /** Wrong secrets in a row and locks, per account. */
      signInStates: z.array(signInStateSchema).default([]),
    }),
    stays: z.object({
      schemaVersion: version,
      stays: z.array(staySchema),
      /**
       * Stays moved into this year by a change still being written (their start crossed
       * 3/31–4/1): the mark of the move, higher for later moves. If a crash leaves a moved stay
       * in both years, the copy with the highest mark is the current one (stay-partitions.ts).
       */
      moves: z.record(z.string(), z.number().int().nonnegative()).optional(),
    }),
    training: z.object({
      schemaVersion: version,
      records: z.array(trainingRecordSchema),
      // Files written before day facts were kept have none.
      days: z.array(stayDaySchema).default([]),
    }),
  };
}

type Schemas = ReturnType<typeof dataFileSchemas>;
export type MasterFile = z.infer<Schemas['master']>;
export type StaysFile = z.infer<Schemas['stays']>;
export type TrainingFile = z.infer<Schemas['training']>;
