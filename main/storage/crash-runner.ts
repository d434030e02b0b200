/**
 * Test support for the crash tests: a child script bundled once with esbuild (what tsx runs on;
 * plain node starts it in ~50 ms where a TypeScript loader takes ~600 ms, so a test can kill
 * often and stay fast), and a runner that SIGKILLs it a random few milliseconds after it says
 * it is ready.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { LOCK_DIR, LOCK_HOLDER_FILE } from './folder-lock';

/**
 * Bundles `entry` into `outfile`: an ES module for `.mjs` (top-level await), else CommonJS (so
 * CommonJS dependencies such as proper-lockfile bundle as they are).
 */
export async function bundleCrashChild(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: outfile.endsWith('.mjs') ? 'esm' : 'cjs',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Runs `script arg`, and SIGKILLs it `minMs` to `minMs + spreadMs` after its first output.
 * Answers everything it printed (e.g. the writes it acknowledged before it was killed).
 */
export function runAndKill(script: string, arg: string, minMs: number, spreadMs: number) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [script, arg], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.once('error', reject);
    child.once('exit', () => resolve(output));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout.once('data', () => {
      setTimeout(() => child.kill('SIGKILL'), minMs + Math.random() * spreadMs);
    });
  });
}

/**
 * After a kill: the killed holder's lock would go stale in seconds (folder-lock.ts); the test
 * knows the holder is dead and clears it, so the next start need not wait.
 */
export async function forgetKilledHolder(dataDir: string): Promise<void> {
  await rm(join(dataDir, LOCK_DIR), { recursive: true, force: true });
  await rm(join(dataDir, LOCK_HOLDER_FILE), { force: true });
}
