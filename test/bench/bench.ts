/**
 * `npm run bench`: speed of the operations docs/architecture.md budgets, on a generated large facility
 * in a temp folder. Benchmarks measure; the tests check behaviour (no timing asserts there).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkStay } from '../../shared/rules/check-stay';
import { storageOf } from '../../main/runtime';
import { openStore } from '../../main/storage/store';
import { personWindow } from '../../main/services/check-context';
import type { CheckContext } from '../../shared/rules/context';
import { planEmergency } from '../../shared/planner/plan-emergency';
import { loadPlanSnapshot } from '../../main/services/emergency';
import type { ServiceContext } from '../../main/services/context';
import { createSessions } from '../../main/api/sessions';
import { SECRET_COST } from '../../main/services/secrets';
import { chromiumPath } from '../e2e/support/browser';
import { printCalendarBench } from './calendar-bench';
import { printPostgresBench } from './postgres-bench';
import { seedFacility } from './facility';
import {
  benchDraft,
  call,
  startSignedIn,
  emergencyAt,
  measureLoad,
  measureSave,
  printGrowthTable,
} from './growth-bench';
import { formatTiming, time } from './stats';
import { benchSummaryPdf } from './summary-bench';
import { benchPaperwork, paperworkLines } from './paperwork-bench';
import { folderCodec } from '../../main/storage/test-fixtures';

async function main(): Promise<void> {
  const seeded = await seedFacility();
  const { dataDir, facility } = seeded;
  try {
    const trainingCount = facility.changes.trainingRecords?.length ?? 0;
    console.log(
      `Generated ${facility.beds.length} beds, ${facility.persons.length} persons, ${facility.stays.length} stays, ` +
        `${trainingCount} training records (${facility.firstDate} … ${facility.lastDate}), saved in ${seeded.seedSeconds.toFixed(1)} s`,
    );

    const load = await measureLoad(seeded, 5);
    const runtime = await startSignedIn(seeded);
    const person = facility.persons[7]!;
    const draft = benchDraft(seeded);
    // The rules alone, on the same records the service would load for this draft.
    const settings = facility.changes.settings!;
    const window = personWindow(draft, settings);
    const touches = (s: { start: string; end: string }, from: string, to: string) =>
      s.start <= to && s.end >= from;
    const checkContext: CheckContext = {
      settings,
      bed: facility.beds[3],
      person,
      bedStays: facility.stays.filter(
        (s) => s.bedId === draft.bedId && touches(s, draft.start, draft.end),
      ),
      personStays: facility.stays.filter(
        (s) => s.personId === person.id && touches(s, window.from, window.to),
      ),
      blocks: [],
    };
    const rulesOnly = await time(2000, () => checkStay(draft, checkContext));
    const checkChannel = await time(500, () => call(runtime, 'stays.check', { draft }));

    const emergency = (i: number) => emergencyAt(seeded, i);
    const plan = await time(200, (i) => call(runtime, 'emergency.plan', emergency(i)));
    const { save, inPlace, raw, ratio, file: staysFile } = await measureSave(runtime, seeded, 100);
    await runtime.close();

    // The planner alone, on snapshots loaded beforehand, to tell its cost from the reads'.
    const store = await openStore({ keys: seeded.keys, dataDir, now: () => new Date() });
    const ctx: ServiceContext = {
      repo: store.repo,
      now: () => new Date(),
      actor: { id: 'bench', name: 'bench' },
      sessions: createSessions(() => new Date()),
      secretCost: SECRET_COST,
      storage: storageOf(store),
    };
    const snapshots = await Promise.all(
      Array.from({ length: 20 }, (_, i) => loadPlanSnapshot(ctx, emergency(i))),
    );
    const plannerOnly = await time(200, (i) => planEmergency(emergency(i), snapshots[i % 20]!));
    const snapshotLoad = await time(200, (i) => loadPlanSnapshot(ctx, emergency(i)));
    await store.close();

    // Encryption's share (docs/storage.md): sealing the file's contents on every save, and
    // opening them (decrypting and authenticating) when it is read.
    const staysName = basename(staysFile);
    const sealed = await readFile(staysFile);
    const codec = await folderCodec(seeded.dataDir, seeded.keys);
    const contents = codec.decode(staysName, sealed);
    const sealing = await time(100, () => codec.encode(staysName, contents));
    const unsealing = await time(100, () => codec.decode(staysName, sealed));

    console.log(`${basename(staysFile)}: ${((await stat(staysFile)).size / 1024).toFixed(0)} KiB`);
    console.log(formatTiming('check a booking (rules only)', rulesOnly, '< 1 ms median'));
    console.log(
      formatTiming('check a booking (stays.check, with reads)', checkChannel, '< 1 ms median'),
    );
    console.log(formatTiming('plan an emergency (emergency.plan)', plan, '< 5 ms median'));
    console.log(formatTiming('  of which: the planner alone', plannerOnly));
    console.log(formatTiming('  of which: loading its snapshot', snapshotLoad));
    console.log(formatTiming('save one change durably (stays.update)', save, '< 50 ms p95'));
    console.log(
      formatTiming(
        `  then in place, after the answer (${basename(staysFile)}, the trail)`,
        inPlace,
      ),
    );
    console.log(
      formatTiming(`  of which, in place: sealing ${basename(staysFile)} (AES-256-GCM)`, sealing),
    );
    console.log(formatTiming(`raw write + fsync of ${basename(staysFile)} bytes`, raw));
    console.log(
      `save overhead over raw write+fsync: ${ratio.toFixed(2)}x median of pairs ` +
        `(${(save.median / raw.median).toFixed(2)}x of medians, ${(save.p95 / raw.p95).toFixed(2)}x p95)   goal: ≤ 1.5x`,
    );
    console.log(formatTiming('load the data at start (open + first list)', load));
    console.log(
      formatTiming(
        `  of which: opening ${basename(staysFile)} (decrypt + authenticate)`,
        unsealing,
      ),
    );
    await printPostgresBench(seeded);

    // The month's paperwork: the services always, their PDFs where Chromium is.
    for (const line of paperworkLines(await benchPaperwork(seeded))) console.log(line);

    // In Chromium, against the browser host and the built renderer (npm run bench builds it).
    if (chromiumPath) {
      await printCalendarBench(seeded);
      const summary = await benchSummaryPdf(seeded);
      console.log(formatTiming('one stay summary PDF (A4, Chromium)', summary.one));
      console.log(
        formatTiming(`a month's summaries PDF (${summary.monthStays} stays)`, summary.month),
      );
    } else {
      console.log('calendar and summary PDF: skipped (no Chromium; apt-get install chromium)');
    }
  } finally {
    await seeded.dispose();
  }
  // Each age on a facility of its own (the ten-year one above is gone by then: disk and memory).
  await printGrowthTable();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
