/**
 * Stays, one file per fiscal year (`stays-2026.json`), each a lowdb document over its durable
 * file: a save rewrites the year of the stays it changes, not ten years of them. A stay is filed
 * in the year of its arrival (`stayPartitionOf`), so:
 *
 * - a range question looks in the years up to the range's last date whose latest departure
 *   reaches its first date (a stay across 3/31–4/1 is found from either side), each through
 *   that year's own index (stay-index.ts), built the first time a question needs the year;
 * - an id question goes through the directory (id → year) kept beside the years;
 * - a stay whose arrival moves into another fiscal year moves file. The move is written in two
 *   steps (see apply-changes.ts): first the new year, holding the stay with a move mark, then the
 *   old year without it. A crash between leaves the stay in both; `resolveMoves` keeps the copy
 *   with the highest mark and `repair` rewrites the other year when the store next opens.
 *
 * Every year is read at open (every file is checked then anyway, and the id directory and the
 * to-contact list span all years): ~200 bytes of memory a stay, ~7 MB for twenty years.
 */
import type { DataDoc } from './open-data-file';
import type { Stay } from '../../shared/domain/schemas';
import { partitionYearOf } from './data-files';
import type { StaysFile } from './data-files';
import type { DateRange } from './repository';
import { stayIndexOf } from './stay-index';

function byStartThenId(a: Stay, b: Stay): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The latest departure among a year's stays, per stays array (arrays are replaced, not changed). */
const reaches = new WeakMap<readonly Stay[], string>();

function reachOf(stays: readonly Stay[]): string {
  let reach = reaches.get(stays);
  if (reach === undefined) {
    reach = '';
    for (const stay of stays) if (stay.end > reach) reach = stay.end;
    reaches.set(stays, reach);
  }
  return reach;
}

/** A duplicate left by a move a crash cut short: the year whose copy of the stay is stale. */
export interface StaleCopy {
  fiscalYear: number;
  id: string;
}

/**
 * Finds the stays present in more than one year and says which copies are stale: the current
 * copy is the one whose year marks the move with the highest number (a year that does not mark
 * it holds the copy from before the move).
 */
export function findStaleCopies(years: ReadonlyMap<number, StaysFile>): StaleCopy[] {
  const seen = new Map<string, number>();
  const stale: StaleCopy[] = [];
  const markOf = (fy: number, id: string) => years.get(fy)?.moves?.[id] ?? -1;
  for (const [fy, file] of [...years].sort(([a], [b]) => a - b)) {
    for (const stay of file.stays) {
      const other = seen.get(stay.id);
      // A repeated id within one file (never written by Tomari) is the index's to resolve.
      if (other === undefined || other === fy) {
        seen.set(stay.id, fy);
        continue;
      }
      const keepThis = markOf(fy, stay.id) > markOf(other, stay.id);
      stale.push({ fiscalYear: keepThis ? other : fy, id: stay.id });
      if (keepThis) seen.set(stay.id, fy);
    }
  }
  return stale;
}

export class StayPartitions {
  readonly #years = new Map<number, DataDoc<StaysFile>>();
  /** Which year holds each stay. */
  readonly #yearOf = new Map<string, number>();
  /** The highest move mark in any year: the next move is marked above it. */
  #lastMove = 0;

  /** Years whose files still hold a stale copy (`resolveMoves` at open): `repair` them. */
  readonly staleAtOpen: readonly number[];

  constructor(years: Iterable<[number, DataDoc<StaysFile>]>) {
    for (const [fy, low] of years) this.#years.set(fy, low);
    this.staleAtOpen = this.resolveMoves();
  }

  /**
   * Drops, in memory, the stale copies a cut-short move left (see the module's comment) and
   * rebuilds the directory. Answers the years that held a stale copy: their files still do, until
   * rewritten (`repair`).
   */
  resolveMoves(): number[] {
    const files = new Map([...this.#years].map(([fy, low]) => [fy, low.data] as const));
    const stale = findStaleCopies(files);
    const touched = new Set<number>();
    for (const fy of new Set(stale.map((s) => s.fiscalYear))) {
      const low = this.#years.get(fy)!;
      const drop = new Set(stale.filter((s) => s.fiscalYear === fy).map((s) => s.id));
      low.data = { ...low.data, stays: low.data.stays.filter((s) => !drop.has(s.id)) };
      touched.add(fy);
    }
    this.#yearOf.clear();
    for (const [fy, low] of this.#years) {
      for (const stay of low.data.stays) this.#yearOf.set(stay.id, fy);
      for (const mark of Object.values(low.data.moves ?? {})) {
        this.#lastMove = Math.max(this.#lastMove, mark);
      }
    }
    return [...touched].sort((a, b) => a - b);
  }

  /** Rewrites the years given (after `resolveMoves`): the stale copies leave the disk too. */
  async repair(years: readonly number[]): Promise<void> {
    for (const fy of years) {
      const low = this.#years.get(fy)!;
      low.data = { schemaVersion: low.data.schemaVersion, stays: low.data.stays };
      await low.write();
    }
  }

  /** Years that have stays (or a file), oldest first. */
  years(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b);
  }

  /** The document of a year in memory; undefined for a year with no file yet. */
  yearDoc(fiscalYear: number): DataDoc<StaysFile> | undefined {
    return this.#years.get(fiscalYear);
  }

  /** A number above every move mark written so far. */
  nextMoveMark(): number {
    this.#lastMove += 1;
    return this.#lastMove;
  }

  /** The year a stay is filed in. */
  yearOf(id: string): number | undefined {
    return this.#yearOf.get(id);
  }

  get(id: string): Stay | undefined {
    const fy = this.#yearOf.get(id);
    if (fy === undefined) return undefined;
    const stays = this.#years.get(fy)?.data.stays;
    return stays ? stayIndexOf(stays).get(id) : undefined;
  }

  /**
   * After a change reached the disk: `fiscalYear`'s document is now `low` (a year new to the
   * folder is added), and the directory learns where the stays of `filed` now live.
   */
  commit(fiscalYear: number, low: DataDoc<StaysFile>, filed: Iterable<string>): void {
    this.#years.set(fiscalYear, low);
    for (const id of filed) this.#yearOf.set(id, fiscalYear);
  }

  /** Forgets where the stays of `ids` were filed: they were removed for good. */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.#yearOf.delete(id);
  }

  /** Stays, any status, whose dates `[start, end]` touch the range, sorted by start then id. */
  inRange(range: DateRange, filter: { bedId?: string; personId?: string } = {}): Stay[] {
    const last = partitionYearOf(range.to);
    const found: Stay[] = [];
    // Years in order: every start in a year comes before every start in the next, so the
    // concatenation of each year's sorted answer is sorted.
    for (const fy of this.years()) {
      if (fy > last) break;
      const { stays } = this.#years.get(fy)!.data;
      if (reachOf(stays) < range.from) continue;
      found.push(...stayIndexOf(stays).inRange(range, filter));
    }
    return found;
  }

  /** Every stay matching the test, sorted by start then id (without building any index). */
  filter(test: (stay: Stay) => boolean): Stay[] {
    const found: Stay[] = [];
    for (const fy of this.years()) {
      found.push(...this.#years.get(fy)!.data.stays.filter(test).sort(byStartThenId));
    }
    return found;
  }
}
