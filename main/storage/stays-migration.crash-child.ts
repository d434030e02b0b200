/**
 * Test support, run as a child process by stays-migration.test.ts: says it is ready, then opens
 * the store on the folder given (which migrates it) and exits; the test kills it at random
 * moments of the migration.
 */
import { openStore } from './store';
import { testKeyFile } from './test-fixtures';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: stays-migration.crash-child.ts DATA_DIR');
  process.stdout.write('ready\n');
  const store = await openStore({
    dataDir,
    // The key file lies beside the test's folder, so the test opens the folder after the kills.
    keys: testKeyFile(`${dataDir}.keys.json`),
    now: () => new Date(),
  });
  await store.close();
}

void main();
