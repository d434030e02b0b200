/**
 * What lives in the data folder, and the zod schema each file is checked against on load. Data
 * is split so a write rewrites only what changed: master data, stays, and training records per
 * fiscal year (fixed April start: a storage partition, independent of the facility's setting).
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
import { fiscalYearOf } from '../../shared/domain/dates';
import type { Stay } from '../../shared/domain/schemas';

export const MASTER_FILE = 'master.json';
export const STAYS_FILE = 'stays.json';
export const AUDIT_FILE = 'audit.jsonl';
const TRAINING_FILE_RE = /^training-(\d{4})\.json$/;

export type DataFileKind = 'master' | 'stays' | 'training';

export function trainingFileName(fiscalYear: number): string {
  return `training-${fiscalYear}.json`;
}

/** The fiscal year a training file holds, or undefined when the name is not a training file. */
export function fiscalYearOfTrainingFile(name: string): number | undefined {
  const match = TRAINING_FILE_RE.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** The training partition a record belongs in. */
export function trainingPartitionOf(date: string): number {
  return fiscalYearOf(date, 4);
}

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
  if (name === STAYS_FILE) return 'stays';
  return fiscalYearOfTrainingFile(name) === undefined ? undefined : 'training';
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
    }),
    stays: z.object({ schemaVersion: version, stays: z.array(staySchema) }),
    training: z.object({ schemaVersion: version, records: z.array(trainingRecordSchema) }),
  };
}

type Schemas = ReturnType<typeof dataFileSchemas>;
export type MasterFile = z.infer<Schemas['master']>;
export type StaysFile = z.infer<Schemas['stays']>;
export type TrainingFile = z.infer<Schemas['training']>;
