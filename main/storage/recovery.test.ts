/**
 * The recovery key: shown once, opens the folder or a backup on a PC without the data key (also
 * from `npm run data -- recover`), and can be replaced without rewriting any data file.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryKeyStore, newRecoveryKey, type KeyAccess } from './data-key';
import { recoverWithKey } from './recovery';
import { openStore, type Store } from './store';
import { audit, person, testClock, testKeyFile } from './test-fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');

let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-recovery-'));
  dataDir = join(dir, 'data');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const access = (keys = memoryKeyStore()): KeyAccess => ({ keys, recoveryCost: 10 });

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('it was not refused'),
    (error: { error?: unknown }) => error.error,
  );
}

/** This PC: a new folder with p1 (backed up the next day) and p2; answers its recovery key. */
async function folderWithData(keys: KeyAccess, clock = testClock()): Promise<string> {
  const first = await openStore({ dataDir, keys, now: clock.now });
  const made = first.takeNewRecoveryKey();
  expect(first.takeNewRecoveryKey()).toBeNull();
  await first.repo.apply({ persons: [person('p1')], audit: audit() });
  await first.close();
  clock.advanceHours(25);
  const second = await openStore({ dataDir, keys, now: clock.now });
  expect(second.takeNewRecoveryKey()).toBeNull();
  await second.whenIdle();
  await second.repo.apply({ persons: [person('p2')], audit: audit() });
  await second.close();
  if (!made) throw new Error('no recovery key at the first start');
  expect(made.madeAt).toBe('2026-11-27T05:10:00.000Z');
  return made.recoveryKey;
}

/** `npm run data -- …args`, with `input` on its standard input. */
function dataCommand(args: string[], input = ''): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'main/host/data-cli.ts'), ...args],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (exit) => done({ code: exit, out }));
    child.stdin.end(input);
  });
}

async function persons(store: Store): Promise<string[]> {
  return (await store.repo.searchPersons('')).map((p) => p.id).sort();
}

describe('the recovery key', () => {
  it('opens the folder on a new PC, which lacks the data key until then', async () => {
    const code = await folderWithData(access());
    const newPc = access();
    expect(await refusal(openStore({ dataDir, keys: newPc, now: testClock().now }))).toMatchObject({
      code: 'DATA_KEY_MISSING',
    });
    expect(await refusal(recoverWithKey(dataDir, newRecoveryKey(), newPc.keys))).toMatchObject({
      code: 'RECOVERY_KEY_WRONG',
    });
    await recoverWithKey(dataDir, code.toLowerCase(), newPc.keys);
    const store = await openStore({ dataDir, keys: newPc, now: testClock().now });
    expect(store.status().ok).toBe(true);
    expect(await persons(store)).toEqual(['p1', 'p2']);
    await store.close();
  });

  it('opens a backup copied to another PC, as a data folder of its own', async () => {
    const code = await folderWithData(access());
    const backups = (await readdir(join(dataDir, 'backups'))).sort();
    const copy = join(dir, 'usb-copy');
    await cp(join(dataDir, 'backups', backups.at(-1) ?? ''), copy, { recursive: true });
    const newPc = access();
    await recoverWithKey(copy, code, newPc.keys);
    const store = await openStore({ dataDir: copy, keys: newPc, now: testClock().now });
    // The day-two backup: p1 only.
    expect(await persons(store)).toEqual(['p1']);
    await store.close();
  });

  it('is replaced without rewriting data: the old code opens nothing any more, the new one all', async () => {
    const keys = access();
    const old = await folderWithData(keys);
    const files = async () => {
      const out: Record<string, Buffer> = {};
      for (const e of await readdir(dataDir, { withFileTypes: true, recursive: true })) {
        const path = join(e.parentPath, e.name);
        if (e.isFile() && !e.name.startsWith('.tomari-lock') && e.name !== 'tomari-keyring.json') {
          out[path] = await readFile(path);
        }
      }
      return out;
    };
    const before = await files();
    // Within a day of the last backup, so this start makes none (nothing else is written).
    const store = await openStore({ dataDir, keys, now: testClock('2026-11-28T08:00:00Z').now });
    const made = await store.newRecoveryKey();
    expect(made.madeAt).toBe('2026-11-28T08:00:00.000Z');
    await store.close();
    expect(await files()).toEqual(before);

    const backups = (await readdir(join(dataDir, 'backups'))).map((b) =>
      join(dataDir, 'backups', b),
    );
    for (const folder of [dataDir, ...backups]) {
      expect(await refusal(recoverWithKey(folder, old, memoryKeyStore()))).toMatchObject({
        code: 'RECOVERY_KEY_WRONG',
      });
      const newPc = access();
      await recoverWithKey(folder, made.recoveryKey, newPc.keys);
      const opened = await openStore({ dataDir: folder, keys: newPc, now: testClock().now });
      expect(opened.status().ok).toBe(true);
      await opened.close();
    }
  });

  it('recovers from a terminal: npm run data -- recover --from DIR --key-file FILE', async () => {
    const code = await folderWithData(access());
    const keyFile = join(dir, 'new-pc', 'data-keys.json');
    const run = (typed: string) =>
      dataCommand(['recover', '--from', dataDir, '--key-file', keyFile], `${typed}\n`);
    const wrong = await run(newRecoveryKey());
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('回復キーが違います');
    const right = await run(code);
    expect(right.code).toBe(0);
    const store = await openStore({ dataDir, keys: testKeyFile(keyFile), now: testClock().now });
    expect(await persons(store)).toEqual(['p1', 'p2']);
    await store.close();
  }, 30_000);

  it('shows a file in clear for whoever investigates: npm run data -- show FILE', async () => {
    const keyFile = join(dir, 'data-keys.json');
    await folderWithData(testKeyFile(keyFile));
    const master = await dataCommand(['show', join(dataDir, 'master.json'), '--key-file', keyFile]);
    expect(master.code).toBe(0);
    expect(JSON.parse(master.out)).toMatchObject({ persons: [{ id: 'p1' }, { id: 'p2' }] });
    const auditLog = await dataCommand([
      'show',
      join(dataDir, 'audit.jsonl'),
      '--key-file',
      keyFile,
    ]);
    expect(auditLog.out.trim().split('\n')).toHaveLength(2);
    // A copy kept aside when the file was found damaged: sealed whole, shown as it was.
    const store = await openStore({ dataDir, keys: testKeyFile(keyFile), now: testClock().now });
    await store.close();
    await writeFile(join(dataDir, 'stays.json'), 'not what Tomari wrote');
    const damaged = await openStore({ dataDir, keys: testKeyFile(keyFile), now: testClock().now });
    const [copy] = damaged.status().damaged;
    await damaged.close();
    const shown = await dataCommand([
      'show',
      join(dataDir, copy?.keptAs ?? ''),
      '--key-file',
      keyFile,
    ]);
    expect(shown.out).toBe('not what Tomari wrote');
  }, 30_000);
});
