/**
 * At open, the changes a crash (or a failed write) left in the journal are applied again, in
 * order, and the journal is emptied (journal.ts). A change is skipped only if the trail marks it
 * `change.failed` (its line was written but its save answered an error); its entries go to the
 * trail unless the trail already names its id. A line cut off in mid-append was never
 * acknowledged and is dropped; a line that does not open is damage: a copy of the journal is kept
 * aside (like any damaged file) before it is emptied, and the count is logged, never its content.
 */
import type { AuditEntry } from '../../shared/domain/schemas';
import { applyChanges } from './apply-changes';
import { keepDamagedCopy } from './damaged-copy';
import { JOURNAL_FILE, readJournal } from './journal';
import type { StoreContext } from './store-state';

export interface ReplayReport {
  /** Changes applied again. */
  replayed: number;
  /** Changes the trail marks failed, not applied. */
  skipped: number;
  /** Lines cut off by a crash. */
  torn: number;
  /** Lines that could not be used, and where the journal holding them was kept. */
  unusable: number;
  keptAs?: string;
}

/** Replays the journal onto the data just loaded (`ctx.state` ok); `trail` is the trail's entries. */
export async function replayJournal(
  ctx: StoreContext,
  trail: readonly AuditEntry[],
): Promise<ReplayReport> {
  const read = await readJournal(ctx.codec, ctx.dataDir);
  const report: ReplayReport = {
    replayed: 0,
    skipped: 0,
    torn: read.torn,
    unusable: read.unusable,
  };
  if (read.entries.length === 0 && read.torn === 0 && read.unusable === 0) return report;

  const named = new Set<string>();
  const failed = new Set<string>();
  for (const entry of trail) {
    if (entry.change !== undefined) named.add(entry.change);
    const change = entry.facts?.change;
    if (entry.action === 'change.failed' && typeof change === 'string') failed.add(change);
  }
  for (const { change, changes } of read.entries) {
    if (failed.has(change)) {
      report.skipped++;
      continue;
    }
    // A damaged file found here switches the store to damaged: the journal is kept for the
    // open after a restore.
    if (ctx.state.kind !== 'ok') return report;
    try {
      await applyChanges(ctx, ctx.state.data, changes, { change, auditInTrail: named.has(change) });
    } catch (error) {
      if (ctx.state.kind !== 'ok') return report;
      throw error;
    }
    named.add(change);
    report.replayed++;
  }
  if (read.unusable > 0) {
    report.keptAs = await keepDamagedCopy(
      ctx.codec,
      ctx.dataDir,
      JOURNAL_FILE,
      'corrupt',
      ctx.now(),
    );
  }
  await ctx.journal.clear();
  return report;
}
