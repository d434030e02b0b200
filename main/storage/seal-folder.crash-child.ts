/**
 * Test support, run as a child process by encrypt-folder.test.ts: opens the store on a plain
 * data folder (which encrypts it) and closes it, printing `start` first and `done` at the end.
 * The test kills it at random moments in between.
 */
import { openStore } from './store';
import { testKeyFile } from './test-fixtures';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: seal-folder.crash-child.ts DATA_DIR');
  process.stdout.write('start\n');
  const store = await openStore({
    dataDir,
    keys: testKeyFile(`${dataDir}.keys.json`),
    now: () => new Date('2026-11-27T05:10:00Z'),
  });
  await store.whenIdle();
  await store.close();
  process.stdout.write('done\n');
}

void main();
