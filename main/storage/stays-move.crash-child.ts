/**
 * Test support, run as a child process by stay-partitions.crash.test.ts: moves stay `x` back and
 * forth across 3/31–4/1 (so it changes file every time) and updates `y` in each year, until it
 * is killed.
 */
import { openStore } from './store';
import { stay, testKeyFile } from './test-fixtures';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: stays-move.crash-child.ts DATA_DIR');
  const store = await openStore({
    dataDir,
    // The key file lies beside the test's folder, so the test opens the folder after the kills.
    keys: testKeyFile(`${dataDir}.keys.json`),
    now: () => new Date(),
  });
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const start = n % 2 === 0 ? '2026-04-05' : '2026-03-05';
    await store.repo.apply({
      stays: [
        stay('x', start, start.replace(/05$/, '08'), { note: `move ${n}` }),
        stay(
          n % 2 === 0 ? 'y25' : 'y26',
          n % 2 === 0 ? '2025-10-01' : '2026-10-01',
          n % 2 === 0 ? '2025-10-03' : '2026-10-03',
          { note: `${n}` },
        ),
      ],
      audit: [
        {
          at: new Date().toISOString(),
          actor: 'crash-test',
          action: 'stay.update',
          entity: 'stay',
          entityId: 'x',
        },
      ],
    });
  }
}

void main();
