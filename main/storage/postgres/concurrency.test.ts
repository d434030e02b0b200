/**
 * Several PCs on one database (a real PostgreSQL server; skipped with a hint where a machine has
 * none, never in CI):
 * - two runtimes, each with its own connections, fire hundreds of conflicting bookings and
 *   emergency commits at the same nights together: afterwards no bed-night and no person-night
 *   is held twice, every accepted change is there whole, and every refused one left nothing;
 * - a runtime killed in the middle of a burst of bookings loses none it had acknowledged.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/api/errors';
import type { Bed, Person, Stay } from '../../../shared/domain/schemas';
import { startTomari, type TomariRuntime } from '../../runtime';
import { bedInput, japanNoon, personInput, TEST_SECRET_COST } from '../../testing/fixture';
import { signedInAsManager } from '../../testing/signed-in';
import {
  createTestSchema,
  TEST_DATABASE_HINT,
  testDatabaseUrl,
  type TestSchema,
} from '../../testing/test-database';

const url = testDatabaseUrl();
const CHILD = fileURLToPath(new URL('./kill.child.ts', import.meta.url));
const TODAY = '2026-06-01';

/** A small pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s % n;
  };
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A distinct reading for the i-th test person (kana only, as the schema wants). */
function kana(i: number): string {
  const syllables = 'あいうえおかきくけこ';
  return `${syllables[Math.floor(i / 10) % 10]}${syllables[i % 10]}`;
}

/** The stays that hold their nights (everything but cancelled and bumped ones). */
const holds = (s: Stay) => s.status !== 'cancelled' && s.status !== 'bumped';

/** Pairs of stays that share a night (`[start, end)`) under the same key. */
function overlaps(stays: Stay[], key: (s: Stay) => string): [string, string][] {
  const found: [string, string][] = [];
  const byKey = new Map<string, Stay[]>();
  for (const s of stays.filter(holds)) byKey.set(key(s), [...(byKey.get(key(s)) ?? []), s]);
  for (const list of byKey.values()) {
    for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) {
        if (a.start < b.end && b.start < a.end) found.push([a.id, b.id]);
      }
    }
  }
  return found;
}

describe.skipIf(!url)(url ? 'several PCs on one PostgreSQL database' : TEST_DATABASE_HINT, () => {
  let db: TestSchema;
  let runtimes: TomariRuntime[];
  /** A PC's runtime, its calls made as the manager (set up by the first one). */
  const start = async () => {
    const runtime = await startTomari({
      dataDir: '',
      now: () => japanNoon(TODAY),
      secretCost: TEST_SECRET_COST,
      database: { url: db.url, schema: db.schema },
    });
    runtimes.push(runtime);
    return signedInAsManager(runtime);
  };
  const call = async <T>(runtime: TomariRuntime, channel: string, input: unknown) => {
    const answer = await runtime.dispatch(channel, input);
    if (!answer.ok) throw new Error(`${channel} answered ${answer.error.code}`);
    return answer.value as T;
  };

  beforeEach(async () => {
    db = await createTestSchema();
    runtimes = [];
  });
  afterEach(async () => {
    for (const runtime of runtimes) await runtime.close();
    await db.drop();
  });

  it('holds every booking rule across two PCs firing conflicting changes together', async () => {
    const desk = await start();
    const care = await start();
    const beds: Bed[] = [];
    for (let i = 0; i < 6; i++) {
      beds.push(await call<Bed>(desk, 'beds.save', { bed: bedInput(`A-${i + 1}`, i + 1) }));
    }
    const guests: Person[] = [];
    for (let i = 0; i < 24; i++) {
      const person = personInput({ givenName: `利用者${kana(i)}`, givenNameKana: `り${kana(i)}` });
      guests.push(await call<Person>(desk, 'persons.save', { person }));
    }
    const urgent: Person[] = [];
    for (let i = 0; i < 24; i++) {
      const person = personInput({ givenName: `緊急${kana(i)}`, givenNameKana: `き${kana(i)}` });
      urgent.push(await call<Person>(care, 'persons.save', { person }));
    }

    // 360 bookings over 30 nights of 6 beds (room for 180 bed-nights) and 24 emergencies,
    // alternating between the two PCs, all in flight at once.
    const next = random(12);
    const bookings = Array.from({ length: 360 }, (_, i) => {
      const startDay = addDays(TODAY, next(30));
      return {
        pc: i % 2 === 0 ? desk : care,
        draft: {
          personId: guests[next(guests.length)]!.id,
          bedId: beds[next(beds.length)]!.id,
          kind: 'experience' as const,
          start: startDay,
          end: addDays(startDay, 1 + next(3)),
          status: 'confirmed' as const,
        },
      };
    });
    const emergencies = urgent.map((person, i) => {
      const startDay = addDays(TODAY, next(28));
      return {
        pc: i % 2 === 0 ? care : desk,
        input: { personId: person.id, start: startDay, end: addDays(startDay, 1 + next(2)) },
      };
    });
    const bookingAnswers = bookings.map((b) => b.pc.dispatch('stays.create', { draft: b.draft }));
    const emergencyAnswers = emergencies.map((e) => e.pc.dispatch('emergency.commit', e.input));
    const booked = (await Promise.all(bookingAnswers)) as Envelope<Stay>[];
    const committed = (await Promise.all(emergencyAnswers)) as Envelope<{
      stay: Stay;
      bumped: Stay[];
      cutShort: Stay[];
      shortened: Stay[];
    }>[];

    const refusals = new Set(
      [...booked, ...committed].flatMap((a) => (a.ok ? [] : [a.error.code])),
    );
    // A booking is refused by a rule; an emergency when no bed can take it. Nothing else.
    const allowed = ['RULE_VIOLATION', 'NO_EMERGENCY_CAPACITY'];
    expect([...refusals].filter((code) => !allowed.includes(code))).toEqual([]);
    const acceptedBookings = booked.filter((a) => a.ok);
    const acceptedEmergencies = committed.filter((a) => a.ok);
    // Both kinds of outcome happened, or the test proved nothing.
    expect(acceptedBookings.length).toBeGreaterThan(0);
    expect(acceptedBookings.length).toBeLessThan(bookings.length);
    expect(acceptedEmergencies.length).toBeGreaterThan(0);

    const stays = await call<Stay[]>(desk, 'stays.list', {
      from: TODAY,
      to: addDays(TODAY, 40),
    });
    const byId = new Map(stays.map((s) => [s.id, s]));
    expect(overlaps(stays, (s) => s.bedId)).toEqual([]);
    expect(overlaps(stays, (s) => s.personId)).toEqual([]);
    // Every stay is one an accepted call answered with: nothing from a refused one.
    expect(stays.length).toBe(acceptedBookings.length + acceptedEmergencies.length);
    for (const answer of acceptedBookings) expect(byId.has(answer.value.id)).toBe(true);
    // Every accepted emergency is there whole: its stay, each bump, each cut.
    for (const answer of acceptedEmergencies) {
      const { stay, bumped, cutShort, shortened } = answer.value;
      expect(byId.get(stay.id)).toMatchObject({ bedId: stay.bedId, start: stay.start });
      for (const b of bumped) expect(byId.get(b.id)?.status).toBe('bumped');
      for (const c of [...cutShort, ...shortened]) {
        expect(byId.get(c.id)!.end <= stay.start).toBe(true);
      }
    }
    console.info(
      `concurrency: ${bookings.length} bookings (${acceptedBookings.length} accepted) and ` +
        `${emergencies.length} emergencies (${acceptedEmergencies.length} committed, ` +
        `${acceptedEmergencies.reduce((n, a) => n + a.value.bumped.length, 0)} bumps) from two PCs`,
    );
    // A refused emergency left its person without any stay.
    for (const [i, answer] of committed.entries()) {
      if (answer.ok) continue;
      expect(stays.filter((s) => s.personId === urgent[i]!.id)).toEqual([]);
    }
  }, 120_000);

  it("tells the other PC's screens what changed (changes.since), and not its own", async () => {
    const desk = await start();
    const care = await start();
    const since = (runtime: TomariRuntime, after: number | null) =>
      call<{ seq: number; kinds: string[]; database: string }>(runtime, 'changes.since', {
        after,
      });
    const careStart = await since(care, null);
    const deskStart = await since(desk, null);
    expect(careStart).toMatchObject({ kinds: [], database: 'connected' });
    await call(desk, 'beds.save', { bed: bedInput('A-1', 1) });
    let seen = careStart;
    for (let i = 0; i < 100 && seen.seq === careStart.seq; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = await since(care, careStart.seq);
    }
    expect(seen.kinds).toEqual(['beds']);
    expect(await since(desk, deskStart.seq)).toEqual(deskStart);
  });

  it('loses no acknowledged booking when a PC is killed in the middle of a burst', async () => {
    const desk = await start();
    const beds: Bed[] = [];
    const persons: Person[] = [];
    for (let i = 0; i < 4; i++) {
      beds.push(await call<Bed>(desk, 'beds.save', { bed: bedInput(`K-${i + 1}`, i + 1) }));
    }
    // Twice as many guests as beds: nobody comes near a yearly or monthly limit.
    for (let i = 0; i < 8; i++) {
      const person = personInput({ givenName: `宿泊${kana(i)}`, givenNameKana: `し${kana(i)}` });
      persons.push(await call<Person>(desk, 'persons.save', { person }));
    }
    // Bundled once with esbuild: plain node starts the child far faster than a TS loader.
    const dir = await mkdtemp(join(tmpdir(), 'tomari-kill-'));
    const script = join(dir, 'kill-child.cjs');
    try {
      await build({
        entryPoints: [CHILD],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: script,
        external: ['pg-native'],
        logLevel: 'error',
      });
      const acknowledged: string[] = [];
      const exit = await new Promise<NodeJS.Signals | null>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [script, db.url, db.schema, ...beds.map((b) => b.id)],
          {
            stdio: ['ignore', 'pipe', 'inherit'],
            env: { ...process.env, PERSON_IDS: persons.map((p) => p.id).join(',') },
          },
        );
        child.once('error', reject);
        child.once('exit', (_code, signal) => resolve(signal));
        let buffered = '';
        child.stdout.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          for (const line of lines) {
            if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
            if (line.startsWith('refused ')) reject(new Error(line));
          }
          // Killed while bookings are in flight (eight at a time), after a good few landed.
          if (acknowledged.length >= 40) child.kill('SIGKILL');
        });
      });
      expect(exit).toBe('SIGKILL');
      const stays = await call<Stay[]>(desk, 'stays.list', {
        from: TODAY,
        to: addDays(TODAY, 300),
      });
      const stored = new Set(stays.map((s) => s.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      // Nothing half-written: every stored booking is whole and none holds a night twice.
      expect(overlaps(stays, (s) => s.bedId)).toEqual([]);
      expect(stays.every((s) => s.status === 'confirmed' && s.end > s.start)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
