/**
 * In-memory indexes over the stays array: by id, by position in the file, and by bed and by
 * person, each sorted by start then id. Range questions then look only at the stays that can
 * touch the range instead of scanning ten years of them.
 *
 * An index belongs to one stays array (`source`); a write that replaces the array moves the index
 * onto the new one (`moveStayIndex`), and any other replacement (a reload, a restore) simply
 * makes the next question build a fresh one. Indexed records are the stored objects themselves:
 * callers of the repository get copies, never these.
 */
import type { Stay } from '../../shared/domain/schemas';
import type { DateRange } from './repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Above this many changed stays, rebuilding the index is cheaper than updating it. */
const REBUILD_ABOVE = 256;

type Keyed = Pick<Stay, 'start' | 'id'>;

function compare(a: Keyed, b: Keyed): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** First position whose stay sorts at or after `key`. */
function lowerBound(list: readonly Stay[], key: Keyed): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid] as Stay, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose stay starts after `date`. */
function startsAfter(list: readonly Stay[], date: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Stay).start <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function spanDays(stay: Stay): number {
  const span = Math.round((Date.parse(stay.end) - Date.parse(stay.start)) / DAY_MS);
  return Number.isFinite(span) && span > 0 ? span : 0;
}

function insertSorted(list: Stay[], stay: Stay): void {
  list.splice(lowerBound(list, stay), 0, stay);
}

function removeSorted(list: Stay[], stay: Stay): void {
  const at = lowerBound(list, stay);
  if (list[at] === stay) list.splice(at, 1);
}

function replaceSorted(list: Stay[], old: Stay, stay: Stay): void {
  const at = lowerBound(list, old);
  if (list[at] === old) list[at] = stay;
}

function listOf(lists: Map<string, Stay[]>, key: string): Stay[] {
  let list = lists.get(key);
  if (!list) {
    list = [];
    lists.set(key, list);
  }
  return list;
}

export class StayIndex {
  /** The stays array this index describes. */
  source: readonly Stay[];
  readonly #byId = new Map<string, Stay>();
  readonly #position = new Map<string, number>();
  readonly #all: Stay[];
  readonly #byBed = new Map<string, Stay[]>();
  readonly #byPerson = new Map<string, Stay[]>();
  /** The longest stay seen, in days: no stay touching a range starts earlier than this before it. */
  #maxSpan = 0;

  constructor(stays: readonly Stay[]) {
    this.source = stays;
    stays.forEach((stay, i) => {
      // Like an upsert by id, a repeated id (never written by Tomari) resolves to the last copy.
      this.#byId.set(stay.id, stay);
      this.#position.set(stay.id, i);
    });
    this.#all = [...this.#byId.values()].sort(compare);
    for (const stay of this.#all) {
      listOf(this.#byBed, stay.bedId).push(stay);
      listOf(this.#byPerson, stay.personId).push(stay);
      this.#maxSpan = Math.max(this.#maxSpan, spanDays(stay));
    }
  }

  get(id: string): Stay | undefined {
    return this.#byId.get(id);
  }

  /** Where the stay of this id sits in `source`. */
  positionOf(id: string): number | undefined {
    return this.#position.get(id);
  }

  /** Stays whose dates `[start, end]` touch the inclusive range, sorted by start then id. */
  inRange(range: DateRange, filter: { bedId?: string; personId?: string } = {}): Stay[] {
    const { bedId, personId } = filter;
    const list =
      personId !== undefined
        ? (this.#byPerson.get(personId) ?? [])
        : bedId !== undefined
          ? (this.#byBed.get(bedId) ?? [])
          : this.#all;
    const from = Date.parse(range.from);
    const earliest = Number.isFinite(from)
      ? lowerBound(list, {
          start: new Date(from - this.#maxSpan * DAY_MS).toISOString().slice(0, 10),
          id: '',
        })
      : 0;
    const end = startsAfter(list, range.to);
    const found: Stay[] = [];
    for (let i = earliest; i < end; i++) {
      const stay = list[i] as Stay;
      if (stay.end >= range.from && (bedId === undefined || stay.bedId === bedId)) {
        found.push(stay);
      }
    }
    return found;
  }

  /** Every stay matching the test, sorted by start then id. */
  filter(test: (stay: Stay) => boolean): Stay[] {
    return this.#all.filter(test);
  }

  /**
   * Moves the index onto `next`: `source` with `changed` upserted in order, the ids not in
   * `source` appended at the positions `added` gives.
   */
  update(next: readonly Stay[], changed: readonly Stay[], added: ReadonlyMap<string, number>) {
    for (const stay of changed) {
      const old = this.#byId.get(stay.id);
      this.#byId.set(stay.id, stay);
      this.#maxSpan = Math.max(this.#maxSpan, spanDays(stay));
      if (!old) {
        const at = added.get(stay.id);
        if (at !== undefined) this.#position.set(stay.id, at);
        insertSorted(this.#all, stay);
        insertSorted(listOf(this.#byBed, stay.bedId), stay);
        insertSorted(listOf(this.#byPerson, stay.personId), stay);
      } else if (old.start === stay.start) {
        replaceSorted(this.#all, old, stay);
        if (old.bedId === stay.bedId) replaceSorted(listOf(this.#byBed, stay.bedId), old, stay);
        else {
          removeSorted(listOf(this.#byBed, old.bedId), old);
          insertSorted(listOf(this.#byBed, stay.bedId), stay);
        }
        if (old.personId === stay.personId) {
          replaceSorted(listOf(this.#byPerson, stay.personId), old, stay);
        } else {
          removeSorted(listOf(this.#byPerson, old.personId), old);
          insertSorted(listOf(this.#byPerson, stay.personId), stay);
        }
      } else {
        removeSorted(this.#all, old);
        removeSorted(listOf(this.#byBed, old.bedId), old);
        removeSorted(listOf(this.#byPerson, old.personId), old);
        insertSorted(this.#all, stay);
        insertSorted(listOf(this.#byBed, stay.bedId), stay);
        insertSorted(listOf(this.#byPerson, stay.personId), stay);
      }
    }
    this.source = next;
  }
}

const indexes = new WeakMap<readonly Stay[], StayIndex>();

/** The index of this stays array, built on first use. */
export function stayIndexOf(stays: readonly Stay[]): StayIndex {
  let index = indexes.get(stays);
  if (!index) {
    index = new StayIndex(stays);
    indexes.set(stays, index);
  }
  return index;
}

/** After `next` replaced `previous` on disk and in memory: carries the index over to it. */
export function moveStayIndex(
  previous: readonly Stay[],
  next: readonly Stay[],
  changed: readonly Stay[],
  added: ReadonlyMap<string, number>,
): void {
  const index = indexes.get(previous);
  indexes.delete(previous);
  // Without an index, or for a bulk change, the next question builds a fresh one.
  if (!index || changed.length > REBUILD_ABOVE) return;
  index.update(next, changed, added);
  indexes.set(next, index);
}
