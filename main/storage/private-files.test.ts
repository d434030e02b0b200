/**
 * Personal data stays private to the account that runs Tomari: on POSIX every file the store
 * creates (data, audit log, backups, kept copies, temp files) is 0600 and every folder 0700,
 * whatever the umask; a folder left 0644/0755 by an earlier version is tightened at open.
 */
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurably } from './durable-file';
import { openStore } from './store';
import { audit, person, stay, testClock, trainingRecord, TEST_KEYS } from './test-fixtures';

let dir: string;
let umask: number;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-modes-'));
  // A permissive umask, as on a shared machine: the modes must not depend on it.
  umask = process.umask(0o002);
});
afterEach(async () => {
  process.umask(umask);
  await rm(dir, { recursive: true, force: true });
});

/** Every entry under `root` whose permission bits are not the private ones, with its mode. */
async function notPrivate(root: string): Promise<string[]> {
  const wrong: string[] = [];
  const walk = async (folder: string, label: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const mode = (await stat(path)).mode & 0o777;
      const name = `${label}${entry.name}`;
      if (entry.isDirectory()) {
        if (mode !== 0o700) wrong.push(`${name}/ ${mode.toString(8)}`);
        await walk(path, `${name}/`);
      } else if (mode !== 0o600) wrong.push(`${name} ${mode.toString(8)}`);
    }
  };
  const rootMode = (await stat(root)).mode & 0o777;
  if (rootMode !== 0o700) wrong.push(`./ ${rootMode.toString(8)}`);
  await walk(root, '');
  return wrong;
}

describe.skipIf(process.platform === 'win32')('file modes on POSIX', () => {
  it('creates data, audit, backups and kept copies 0600 in 0700 folders', async () => {
    const dataDir = join(dir, 'data');
    const clock = testClock();
    let store = await openStore({ keys: TEST_KEYS, dataDir, now: clock.now });
    await store.repo.apply({
      persons: [person('p1')],
      stays: [stay('s1', '2026-05-01', '2026-05-03')],
      trainingRecords: [trainingRecord('t1', 's1', '2026-05-01')],
      audit: audit(),
    });
    await store.close();
    clock.advanceHours(25);
    store = await openStore({ keys: TEST_KEYS, dataDir, now: clock.now });
    await store.whenIdle();
    expect(store.status().backups).toHaveLength(2);
    await store.repo.apply({ persons: [person('p2')], audit: audit() });
    await store.close();
    // Damage a file: the store keeps a copy aside; restoring sets the current files aside too.
    await writeFile(join(dataDir, 'stays-2026.json'), '{"torn');
    store = await openStore({ keys: TEST_KEYS, dataDir, now: clock.now });
    expect(store.status().ok).toBe(false);
    await store.restoreBackup();
    await store.close();

    const names = await readdir(dataDir);
    expect(names.some((n) => n.includes('.corrupt-'))).toBe(true);
    expect(await notPrivate(dataDir)).toEqual([]);
  });

  it('creates the temp file of a durable write 0600', async () => {
    const file = join(dir, 'x.json');
    await writeFileDurably(file, 'secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('tightens a folder an earlier version left readable by every account', async () => {
    const dataDir = join(dir, 'data');
    await mkdir(join(dataDir, 'backups', '20261126T000000Z'), { recursive: true });
    await writeFile(join(dataDir, 'master.json.corrupt-20261126T000000Z'), '{');
    await writeFile(join(dataDir, 'backups', '20261126T000000Z', 'stays.json'), '{}');
    for (const folder of [
      dataDir,
      join(dataDir, 'backups'),
      join(dataDir, 'backups', '20261126T000000Z'),
    ])
      await chmod(folder, 0o755);
    expect(await notPrivate(dataDir)).not.toEqual([]);
    const store = await openStore({ keys: TEST_KEYS, dataDir, now: testClock().now });
    await store.close();
    expect(await notPrivate(dataDir)).toEqual([]);
  });
});
