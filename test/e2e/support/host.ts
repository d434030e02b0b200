/**
 * Starts the real browser host (`main/host/cli.ts`) as a child process on a fresh data folder,
 * exactly as `npm run host` does, and waits for its ready line. Unless told otherwise it then
 * sets up a manager (the first run) and signs them in, so the tests' own calls and the pages
 * they open (`#token=…&session=…`) are signed in, as a person at the desk would be.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** The manager every signed-in host starts with. */
export const E2E_MANAGER = { name: '試験 管理者', nameKana: 'しけん かんりしゃ' } as const;
/** Their secret: test data only, never a real one. */
export const E2E_MANAGER_SECRET = 'e2e-manager-secret';

/** An answer as it came, for tests that look at refusals. */
export interface RawAnswer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

export interface HostProcess {
  url: string;
  token: string;
  dataDir: string;
  /** The manager set up at start (undefined for a host started signed out). */
  manager: { id: string; name: string } | undefined;
  /**
   * The address a user opens: the token, and on a signed-in host the page's own session, travel
   * in the fragment (the page keeps them for the tab and removes them from the address).
   */
  /** The host's key file (`--key-file`), beside the data folder in the temp folder. */
  keyFile: string;
  appUrl: string;
  /** The address of a page signed in with `session`. */
  urlFor(session: string): string;
  /** Calls as the manager (signed in again after a restart); throws on a refusal. */
  call<T = unknown>(channel: string, input: unknown): Promise<T>;
  /** Calls with the given session (or none), answering what came back, refusals included. */
  callAs(session: string | undefined, channel: string, input: unknown): Promise<RawAnswer>;
  /** Signs a member of staff in; answers the session. */
  signIn(staffId: string, secret: string): Promise<string>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

const keyFileOf = (dataDir: string) => `${dataDir}.keys.json`;

export function spawnHost(
  dataDir: string,
  token: string,
  port = 0,
  database?: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'main/host/cli.ts'),
      '--data-dir',
      dataDir,
      // Never the user's own key file: each test folder has its own, removed with it.
      '--key-file',
      keyFileOf(dataDir),
      '--port',
      String(port),
      '--token',
      token,
      ...(database ? ['--database', database] : []),
      // A build folder of one's own (TOMARI_OUT_DIR), as electron-vite was told to build into.
      ...(process.env.TOMARI_OUT_DIR
        ? ['--static-dir', join(resolve(ROOT, process.env.TOMARI_OUT_DIR), 'renderer')]
        : []),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: process.env.TZ ?? 'Asia/Tokyo' },
    },
  );
  return new Promise((resolveReady, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Tomari host listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveReady({ child, url: m[1] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${out}${err}`));
    });
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    // A process ended by a signal has no exit code, only a signal code: it is gone all the same.
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/**
 * `showRecoveryKey`: leave the recovery key made at the first start for the app to show (the
 * recovery-key test). Otherwise, on a signed-in host, it is taken here, so that its dialog does
 * not cover the screens every other test drives. A host started signed out keeps it: the app
 * shows it once the first manager has signed in, as at a real first run.
 */
export async function startHostProcess(
  options: {
    /** false: an empty register, as at the first start (no manager, no session). */
    signedIn?: boolean;
    /** The first manager's name and reading (the demos name a fictional person). */
    manager?: { name: string; nameKana: string };
    /** A PostgreSQL URL the host uses instead of its data folder (`--database`). */
    database?: string;
    /**
     * The manager already set up in that database by another host: this one signs them in
     * instead of setting up a first manager (two PCs on one facility database).
     */
    joining?: { id: string; name: string };
    showRecoveryKey?: boolean;
  } = {},
): Promise<HostProcess> {
  const signedIn = options.signedIn ?? true;
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-e2e-'));
  const token = `e2e-${Math.random().toString(36).slice(2)}`;
  const { database } = options;
  let running = await spawnHost(dataDir, token, 0, database);
  const port = Number(new URL(running.url).port);
  let manager: HostProcess['manager'];
  /** The tests' own session, and the one the pages open with. */
  let apiSession: string | undefined;
  let pageSession: string | undefined;

  async function callAs(
    session: string | undefined,
    channel: string,
    input: unknown,
  ): Promise<RawAnswer> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    };
    if (session !== undefined) headers['X-Tomari-Session'] = session;
    const res = await fetch(`${running.url}api/${channel}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    return { status: res.status, body: (await res.json()) as RawAnswer['body'] };
  }

  async function signIn(staffId: string, secret: string): Promise<string> {
    const { body } = await callAs(undefined, 'session.signIn', { staffId, secret });
    if (!body.ok) throw new Error(`session.signIn: ${body.error?.code}`);
    return (body.value as { session: string }).session;
  }

  /** Sessions end with the process: a restarted host signs the manager in again. */
  async function signManagerIn(): Promise<void> {
    if (!manager) return;
    apiSession = await signIn(manager.id, E2E_MANAGER_SECRET);
    pageSession = await signIn(manager.id, E2E_MANAGER_SECRET);
  }

  const urlFor = (session: string) => `${running.url}#token=${token}&session=${session}`;

  if (signedIn && options.joining) {
    manager = options.joining;
    await signManagerIn();
  } else if (signedIn) {
    const { body } = await callAs(undefined, 'staff.setup', {
      ...(options.manager ?? E2E_MANAGER),
      secret: E2E_MANAGER_SECRET,
    });
    if (!body.ok) throw new Error(`staff.setup: ${body.error?.code}`);
    manager = body.value as { id: string; name: string };
    await signManagerIn();
  }

  const host: HostProcess = {
    dataDir,
    keyFile: keyFileOf(dataDir),
    token,
    get manager() {
      return manager;
    },
    get url() {
      return running.url;
    },
    get appUrl() {
      return pageSession === undefined ? `${running.url}#token=${token}` : urlFor(pageSession);
    },
    urlFor,
    callAs,
    signIn,
    async call<T>(channel: string, input: unknown): Promise<T> {
      let { body } = await callAs(apiSession, channel, input);
      // The session ended under the test (the host restarted on a damaged file, then was
      // repaired): sign in again once.
      if (!body.ok && body.error?.code === 'UNAUTHENTICATED' && manager) {
        apiSession = await signIn(manager.id, E2E_MANAGER_SECRET);
        ({ body } = await callAs(apiSession, channel, input));
      }
      if (!body.ok) throw new Error(`${channel}: ${body.error?.code} ${body.error?.message}`);
      return body.value as T;
    },
    stop: () => stopChild(running.child),
    async restart() {
      await stopChild(running.child);
      running = await spawnHost(dataDir, token, port, database);
      // A host restarted on a damaged file lets nobody sign in: the test repairs it first.
      await signManagerIn().catch(() => undefined);
    },
    async dispose() {
      await stopChild(running.child);
      await rm(dataDir, { recursive: true, force: true });
      await rm(keyFileOf(dataDir), { force: true });
    },
  };
  if (signedIn && !options.showRecoveryKey) await host.call('storage.takeRecoveryKey', {});
  return host;
}
