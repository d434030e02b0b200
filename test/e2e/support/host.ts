/**
 * Starts the real browser host (`main/host/cli.ts`) as a child process on a fresh data folder,
 * exactly as `npm run host` does, and waits for its ready line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface HostProcess {
  url: string;
  token: string;
  dataDir: string;
  /** The address a user opens: the token travels in the fragment. */
  appUrl: string;
  call<T = unknown>(channel: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export function spawnHost(
  dataDir: string,
  token: string,
  port = 0,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'main/host/cli.ts'),
      '--data-dir',
      dataDir,
      '--port',
      String(port),
      '--token',
      token,
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

export async function startHostProcess(): Promise<HostProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-e2e-'));
  const token = `e2e-${Math.random().toString(36).slice(2)}`;
  let running = await spawnHost(dataDir, token);
  const port = Number(new URL(running.url).port);
  const host: HostProcess = {
    dataDir,
    token,
    get url() {
      return running.url;
    },
    get appUrl() {
      return `${running.url}#token=${token}`;
    },
    async call<T>(channel: string, input: unknown): Promise<T> {
      const res = await fetch(`${running.url}api/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as {
        ok: boolean;
        value: T;
        error?: { code: string; message: string };
      };
      if (!body.ok) throw new Error(`${channel}: ${body.error?.code} ${body.error?.message}`);
      return body.value;
    },
    stop: () => stopChild(running.child),
    async restart() {
      await stopChild(running.child);
      running = await spawnHost(dataDir, token, port);
    },
    async dispose() {
      await stopChild(running.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return host;
}
