/**
 * Test support, run as a child process by audit-trail.test.ts: opens the store on a folder and
 * saves one person after another, each with its audit entry, until it is killed. Prints
 * `ack <id>` once a save is acknowledged (its promise resolved, as a caller would be told).
 */
import { randomUUID } from 'node:crypto';
import { openStore } from './store';
import { person, testKeyFile } from './test-fixtures';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: audit.crash-child.ts DATA_DIR');
  // The key file lies beside the test's folder, so the test opens the folder after the kills.
  const store = await openStore({
    dataDir,
    keys: testKeyFile(`${dataDir}.keys.json`),
    now: () => new Date(),
  });
  process.stdout.write('ready\n');
  for (;;) {
    const id = randomUUID();
    await store.repo.apply({
      persons: [person(id)],
      audit: [
        {
          at: new Date().toISOString(),
          actor: 'crash-test',
          action: 'person.create',
          entity: 'person',
          entityId: id,
        },
      ],
    });
    process.stdout.write(`ack ${id}\n`);
  }
}

void main();
