/**
 * Test support, run as a child process by retention.crash.test.ts: registers a person with a
 * stay and a training record in each of two fiscal years, then erases them as retention.erase
 * does (one change set, signed `person.erase` with the stays' ids), over and over until killed.
 */
import { openStore } from '../storage/store';
import { person, stay, testKeyFile, trainingRecord } from '../storage/test-fixtures';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: retention.crash-child.ts DATA_DIR');
  // The key file lies beside the test's folder, so the test opens the folder after the kills.
  const store = await openStore({
    dataDir,
    keys: testKeyFile(`${dataDir}.keys.json`),
    now: () => new Date(),
  });
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const id = `p${process.pid}-${n}`;
    const [a, b] = [`${id}-a`, `${id}-b`];
    const at = () => new Date().toISOString();
    await store.repo.apply({
      persons: [person(id)],
      stays: [
        stay(a, '2025-10-01', '2025-10-03', { personId: id }),
        stay(b, '2026-10-01', '2026-10-03', { personId: id }),
      ],
      trainingRecords: [
        trainingRecord(`${a}-t`, a, '2025-10-01'),
        trainingRecord(`${b}-t`, b, '2026-10-01'),
      ],
      audit: [
        { at: at(), actor: 'crash-test', action: 'person.create', entity: 'person', entityId: id },
      ],
    });
    await store.repo.apply({
      deletePersonIds: [id],
      deleteStayIds: [a, b],
      audit: [
        {
          at: at(),
          actor: 'crash-test',
          action: 'person.erase',
          entity: 'person',
          entityId: id,
          facts: { stayIds: `${a} ${b}` },
        },
      ],
    });
  }
}

void main();
