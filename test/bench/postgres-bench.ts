/**
 * The PostgreSQL store's figures beside the embedded ones, on the same generated facility:
 * the facility is imported into a fresh schema of the test server (TOMARI_TEST_DATABASE_URL),
 * then the same calls are timed through a runtime on it; and the throughput of two runtimes
 * (two PCs) booking at once. Emergency commits are timed on both stores here (they change
 * data, so the embedded one runs on a copy of the folder).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../shared/domain/dates';
import { startTomari, type TomariRuntime } from '../../main/runtime';
import { personInput } from '../../main/testing/builders';
import { folderCodecOf } from '../../main/storage/folder-key';
import { readFolder, writeDatabase } from '../../main/storage/postgres/transfer';
import { createTestSchema } from '../../main/testing/test-database';
import { signInManager, type SeededFacility } from './facility';
import { formatTiming, time, type Timing } from './stats';

async function call(runtime: TomariRuntime, channel: string, input: unknown): Promise<unknown> {
  const answer = await runtime.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}`);
  return answer.value;
}

/**
 * A runtime whose calls carry the bench manager's session (imported with the facility, so the
 * same secret signs in on the database as on the folder).
 */
async function asManager(seeded: SeededFacility, runtime: TomariRuntime): Promise<TomariRuntime> {
  const session = await signInManager(runtime, seeded.managerId);
  return {
    ...runtime,
    dispatch: (channel, input, caller) => runtime.dispatch(channel, input, caller ?? { session }),
  };
}

interface StoreFigures {
  check: Timing;
  save: Timing;
  emergency: Timing;
  month: Timing;
  open: Timing;
}

async function figures(
  seeded: SeededFacility,
  start: () => Promise<TomariRuntime>,
): Promise<StoreFigures> {
  const { facility, today } = seeded;
  const open = await time(5, async () => {
    const r = await start();
    await call(r, 'stays.list', { from: today, to: addDays(today, 30) });
    await r.close();
  });
  const runtime = await start();
  try {
    const draft = {
      personId: facility.persons[7]!.id,
      bedId: facility.beds[3]!.id,
      kind: 'experience' as const,
      start: addDays(today, 40),
      end: addDays(today, 45),
    };
    const check = await time(300, () => call(runtime, 'stays.check', { draft }));
    const month = await time(100, (i) =>
      call(runtime, 'stays.list', {
        from: addDays(today, -(i % 12) * 30),
        to: addDays(today, 30 - (i % 12) * 30),
      }),
    );
    const target = facility.stays.find((s) => s.status === 'confirmed')!;
    const save = await time(100, (i) =>
      call(runtime, 'stays.update', { id: target.id, changes: { note: `メモ ${i}` } }),
    );
    // Each emergency a new person of its own, one after another over the coming weeks.
    const urgent: string[] = [];
    for (let i = 0; i < 20; i++) {
      const person = personInput({ givenName: `緊急${i}`, certificateNumber: undefined });
      urgent.push(((await call(runtime, 'persons.save', { person })) as { id: string }).id);
    }
    const emergency = await time(20, (i) =>
      call(runtime, 'emergency.commit', {
        personId: urgent[i]!,
        start: addDays(today, 60 + i * 3),
        end: addDays(today, 62 + i * 3),
      }),
    );
    return { check, save, emergency, month, open };
  } finally {
    await runtime.close();
  }
}

function printPair(name: string, embedded: Timing, postgres: Timing): void {
  console.log(formatTiming(`${name} — embedded`, embedded));
  console.log(formatTiming(`${name} — PostgreSQL`, postgres));
}

export async function printPostgresBench(seeded: SeededFacility): Promise<void> {
  if (!process.env.TOMARI_TEST_DATABASE_URL) {
    console.log('PostgreSQL store: skipped (set TOMARI_TEST_DATABASE_URL, README.md)');
    return;
  }
  const copy = await mkdtemp(join(tmpdir(), 'tomari-bench-copy-'));
  const db = await createTestSchema();
  try {
    await cp(seeded.dataDir, copy, { recursive: true });
    const started = performance.now();
    const codec = await folderCodecOf(seeded.dataDir, seeded.keys);
    await writeDatabase(db.url, await readFolder(seeded.dataDir, codec), db.schema);
    console.log(
      `PostgreSQL: facility imported in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const database = { url: db.url, schema: db.schema };
    const embedded = await figures(seeded, async () =>
      asManager(seeded, await startTomari({ keys: seeded.keys, dataDir: copy })),
    );
    const postgres = await figures(seeded, async () =>
      asManager(seeded, await startTomari({ dataDir: '', database })),
    );
    printPair('check a booking (stays.check)', embedded.check, postgres.check);
    printPair('save one change (stays.update)', embedded.save, postgres.save);
    printPair('emergency commit', embedded.emergency, postgres.emergency);
    printPair('load a month (stays.list, 30 days)', embedded.month, postgres.month);
    printPair('open + sign-in + first list', embedded.open, postgres.open);

    // Two PCs booking at once: 400 bookings, each its own bed-nights and person, far ahead.
    const desk = await asManager(seeded, await startTomari({ dataDir: '', database }));
    const care = await asManager(seeded, await startTomari({ dataDir: '', database }));
    try {
      const beds = seeded.facility.beds.filter((b) => b.allows.includes('experience'));
      const persons = seeded.facility.persons;
      const first = addDays(seeded.today, 400);
      const t0 = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 400 }, (_, i) => {
          const startDay = addDays(first, 2 * Math.floor(i / beds.length));
          return (i % 2 ? care : desk).dispatch('stays.create', {
            draft: {
              personId: persons[i % persons.length]!.id,
              bedId: beds[i % beds.length]!.id,
              kind: 'experience',
              start: startDay,
              end: addDays(startDay, 1),
            },
          });
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      const accepted = answers.filter((a) => a.ok).length;
      console.log(
        `two PCs booking at once (PostgreSQL): 400 bookings in ${seconds.toFixed(2)} s = ` +
          `${(400 / seconds).toFixed(0)} bookings/s (${accepted} accepted)`,
      );
    } finally {
      await desk.close();
      await care.close();
    }
  } finally {
    await db.drop();
    await rm(copy, { recursive: true, force: true });
  }
}
