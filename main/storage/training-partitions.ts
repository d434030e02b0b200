/**
 * Training records live in one file per fiscal year and are loaded only when a question needs
 * that year, then kept: ten years of evening records need not sit in memory to book a bed.
 */
import type { DataDoc } from './open-data-file';
import type { TrainingFile } from './data-files';
import { trainingFileName } from './data-files';
import { openDataFile } from './open-data-file';
import type { Migration } from './migrations';
import type { FileCodec } from './file-codec';

export interface TrainingPartitions {
  /** Years that have a file (or were written this session), newest first. */
  knownYears(): number[];
  /** Years already in memory. */
  loadedYears(): number[];
  isLoaded(fiscalYear: number): boolean;
  load(fiscalYear: number): Promise<DataDoc<TrainingFile>>;
  /** Registers a year already read (e.g. during a migration). */
  put(fiscalYear: number, low: DataDoc<TrainingFile>): void;
  /** Records that a year's file now exists on disk. */
  markWritten(fiscalYear: number): void;
}

export function createTrainingPartitions(
  dataDir: string,
  migrations: readonly Migration[],
  yearsOnDisk: Iterable<number>,
  reportDamage: (file: string, error: unknown) => Promise<never>,
  codec: FileCodec,
): TrainingPartitions {
  const known = new Set(yearsOnDisk);
  const cache = new Map<number, Promise<DataDoc<TrainingFile>>>();
  const ready = new Set<number>();

  async function read(fiscalYear: number): Promise<DataDoc<TrainingFile>> {
    const name = trainingFileName(fiscalYear);
    try {
      const { low } = await openDataFile(dataDir, name, 'training', migrations, codec);
      ready.add(fiscalYear);
      return low;
    } catch (error) {
      cache.delete(fiscalYear);
      return reportDamage(name, error);
    }
  }

  return {
    knownYears: () => [...known].sort((a, b) => b - a),
    loadedYears: () => [...ready].sort((a, b) => b - a),
    isLoaded: (fiscalYear) => ready.has(fiscalYear),
    load(fiscalYear) {
      // The promise is cached so two concurrent readers of a year share one read.
      let pending = cache.get(fiscalYear);
      if (!pending) {
        pending = read(fiscalYear);
        cache.set(fiscalYear, pending);
      }
      return pending;
    },
    put(fiscalYear, low) {
      cache.set(fiscalYear, Promise.resolve(low));
      ready.add(fiscalYear);
    },
    markWritten(fiscalYear) {
      known.add(fiscalYear);
    },
  };
}
