/**
 * What other PCs changed, as a numbered feed the screens read with `changes.since`: each
 * change announced by the shared database (LISTEN/NOTIFY, postgres/pg-store.ts) gets the next
 * number. A screen that asks with a number the feed no longer holds (it fell behind, or this
 * process restarted) is told everything changed. The embedded store announces nothing: one
 * process owns its folder.
 */
import { DATA_KINDS, type Changes, type DataKind } from '../../shared/api/contract';

/** Enough for a screen that missed a few seconds; one further back reloads everything. */
const KEPT = 200;

export interface ChangeFeed {
  record(kinds: readonly DataKind[]): void;
  since(after: number | null, database: Changes['database']): Changes;
}

export function createChangeFeed(): ChangeFeed {
  let seq = 0;
  const entries: { seq: number; kinds: readonly DataKind[] }[] = [];
  return {
    record(kinds) {
      seq += 1;
      entries.push({ seq, kinds });
      if (entries.length > KEPT) entries.shift();
    },
    since(after, database) {
      if (after === null || after === seq) return { seq, kinds: [], database };
      const oldest = entries[0]?.seq ?? seq + 1;
      if (after > seq || after < oldest - 1) return { seq, kinds: [...DATA_KINDS], database };
      const changed = new Set(entries.filter((e) => e.seq > after).flatMap((e) => e.kinds));
      return { seq, kinds: DATA_KINDS.filter((k) => changed.has(k)), database };
    },
  };
}
