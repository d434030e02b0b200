/**
 * The benchmark's large facility, seeded once into a temp folder, and the real browser host
 * over it (in process: the same dispatcher and static files as `npm run host`).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHost } from '../../main/host/server';
import { startTomari, type TomariRuntime } from '../../main/runtime';
import { openStore } from '../../main/storage/store';
import { todayInJapan } from '../../shared/domain/dates';
import { generateFacility, type Facility } from './generate';
import type { KeyAccess } from '../../main/storage/data-key';
import { testKeyFile } from '../../main/storage/test-fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface SeededFacility {
  dataDir: string;
  facility: Facility;
  today: string;
  seedSeconds: number;
  /** The facility's manager, set up as at first run; the bench signs in as them. */
  managerId: string;
  /**
   * The folder's key file, beside it (`<dataDir>.keys.json`, as the e2e host support passes
   * `--key-file`), so that a host process spawned on the folder opens it too.
   */
  keys: KeyAccess;
  dispose(): Promise<void>;
}

/** The bench manager's secret (a fictional facility on a temp folder). */
const BENCH_SECRET = 'bench-kanri';

/** Signs the bench manager in on a running Tomari; answers the session. */
export async function signInManager(runtime: TomariRuntime, managerId: string): Promise<string> {
  const answer = await runtime.dispatch('session.signIn', {
    staffId: managerId,
    secret: BENCH_SECRET,
  });
  if (!answer.ok) throw new Error(`session.signIn: ${answer.error.code}`);
  return (answer.value as { session: string }).session;
}

/** Signs the bench manager in on a host process over HTTP; answers the session. */
export async function signInManagerOverHttp(
  url: string,
  token: string,
  managerId: string,
): Promise<string> {
  const response = await fetch(`${url}api/session.signIn`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ staffId: managerId, secret: BENCH_SECRET }),
  });
  const answer = (await response.json()) as { ok: boolean; value?: { session: string } };
  if (!answer.ok || !answer.value) throw new Error('session.signIn over HTTP failed');
  return answer.value.session;
}

/** Seeds the generated facility (ten fiscal years unless told) into a new temp folder. */
export async function seedFacility(options: { years?: number } = {}): Promise<SeededFacility> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-bench-'));
  const keys = testKeyFile(`${dataDir}.keys.json`);
  const today = todayInJapan(new Date());
  const facility = generateFacility(today, { beds: 20, persons: 400, years: options.years ?? 10 });
  const started = performance.now();
  const store = await openStore({ keys, dataDir, now: () => new Date() });
  await store.repo.apply(facility.changes);
  await store.close();
  const seedSeconds = (performance.now() - started) / 1000;
  // The first manager, through the app's own first run (at the real scrypt cost).
  const runtime = await startTomari({ keys, dataDir });
  const setup = await runtime.dispatch('staff.setup', {
    name: '試験 管理者',
    nameKana: 'しけん かんりしゃ',
    secret: BENCH_SECRET,
  });
  await runtime.close();
  if (!setup.ok) throw new Error(`staff.setup: ${setup.error.code}`);
  return {
    dataDir,
    facility,
    today,
    seedSeconds,
    managerId: (setup.value as { id: string }).id,
    keys,
    dispose: async () => {
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.keys.json`, { force: true });
    },
  };
}

/** The build folder: TOMARI_OUT_DIR (as electron-vite was told) or out/. */
export const OUT_DIR = resolve(ROOT, process.env.TOMARI_OUT_DIR ?? 'out');

export interface FacilityHost {
  url: string;
  /** The address a user opens, signed in: the access token and a session in the fragment. */
  appUrl: string;
  /** The bare FullCalendar page over the same data, when its build folder was given. */
  bareUrl?: string;
  close(): Promise<void>;
}

/**
 * The browser host over a seeded folder, serving the renderer built in TOMARI_OUT_DIR (or out/),
 * or in `rendererDir`; with `bareDir`, a second host on the same running store serves the bare
 * FullCalendar page.
 */
export async function startFacilityHost(
  seeded: Pick<SeededFacility, 'dataDir' | 'managerId' | 'keys'>,
  options: { bareDir?: string; rendererDir?: string } = {},
): Promise<FacilityHost> {
  const runtime = await startTomari({ keys: seeded.keys, dataDir: seeded.dataDir });
  const session = await signInManager(runtime, seeded.managerId);
  const token = randomBytes(16).toString('base64url');
  const serve = (staticDir: string) =>
    startHost({ dispatch: runtime.dispatch, token, port: 0, staticDir });
  const host = await serve(options.rendererDir ?? join(OUT_DIR, 'renderer'));
  const bare = options.bareDir === undefined ? undefined : await serve(options.bareDir);
  return {
    url: host.url,
    appUrl: `${host.url}#token=${token}&session=${session}`,
    ...(bare ? { bareUrl: `${bare.url}#token=${token}&session=${session}` } : {}),
    close: async () => {
      await bare?.close();
      await host.close();
      await runtime.close();
    },
  };
}
