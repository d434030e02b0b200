/**
 * The benchmark's large facility, seeded once into a temp folder, and the real browser host
 * over it (in process: the same dispatcher and static files as `npm run host`).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHost } from '../../main/host/server';
import { startTomari } from '../../main/runtime';
import { openStore } from '../../main/storage/store';
import { todayInJapan } from '../../shared/domain/dates';
import { generateFacility, type Facility } from './generate';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface SeededFacility {
  dataDir: string;
  facility: Facility;
  today: string;
  seedSeconds: number;
  dispose(): Promise<void>;
}

/** Seeds the generated facility (ten fiscal years unless told) into a new temp folder. */
export async function seedFacility(options: { years?: number } = {}): Promise<SeededFacility> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-bench-'));
  const today = todayInJapan(new Date());
  const facility = generateFacility(today, { beds: 20, persons: 400, years: options.years ?? 10 });
  const started = performance.now();
  const store = await openStore({ dataDir, now: () => new Date() });
  await store.repo.apply(facility.changes);
  await store.close();
  return {
    dataDir,
    facility,
    today,
    seedSeconds: (performance.now() - started) / 1000,
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** The build folder: TOMARI_OUT_DIR (as electron-vite was told) or out/. */
export const OUT_DIR = resolve(ROOT, process.env.TOMARI_OUT_DIR ?? 'out');

export interface FacilityHost {
  url: string;
  /** The address a user opens, with the access token in the fragment. */
  appUrl: string;
  /** The bare FullCalendar page over the same data, when its build folder was given. */
  bareUrl?: string;
  close(): Promise<void>;
}

/**
 * The browser host over a seeded folder, serving the build in TOMARI_OUT_DIR (or out/); with
 * `bareDir`, a second host on the same running store serves the bare FullCalendar page.
 */
export async function startFacilityHost(
  dataDir: string,
  options: { bareDir?: string } = {},
): Promise<FacilityHost> {
  const runtime = await startTomari({ dataDir, actor: 'bench' });
  const token = randomBytes(16).toString('base64url');
  const serve = (staticDir: string) =>
    startHost({ dispatch: runtime.dispatch, token, port: 0, staticDir });
  const host = await serve(join(OUT_DIR, 'renderer'));
  const bare = options.bareDir === undefined ? undefined : await serve(options.bareDir);
  return {
    url: host.url,
    appUrl: `${host.url}#token=${token}`,
    ...(bare ? { bareUrl: `${bare.url}#token=${token}` } : {}),
    close: async () => {
      await bare?.close();
      await host.close();
      await runtime.close();
    },
  };
}
