/**
 * Test support, run as a child process by the kill test (concurrency.test.ts): books stays
 * through a runtime on the PostgreSQL store, eight at a time, and prints the id of each stay
 * once its booking was acknowledged, until it is killed.
 * Arguments: URL SCHEMA BED_ID... ; persons are `PERSON_IDS` (comma-separated) in the env.
 */
import { startTomari } from '../../runtime';
import { TEST_SECRET_COST } from '../../testing/fixture';
import { signedInAsManager } from '../../testing/signed-in';

async function main(): Promise<void> {
  const [url, schema, ...beds] = process.argv.slice(2);
  const persons = (process.env.PERSON_IDS ?? '').split(',').filter(Boolean);
  if (!url || !schema || beds.length === 0 || persons.length === 0) {
    throw new Error('usage: kill.child.ts URL SCHEMA BED_ID... (PERSON_IDS in the env)');
  }
  // The manager the parent set up signs in here too (sessions live in each process).
  const runtime = await signedInAsManager(
    await startTomari({ dataDir: '', secretCost: TEST_SECRET_COST, database: { url, schema } }),
  );
  process.stdout.write('ready\n');
  // Each booking its own bed-nights and person-nights, so every one is accepted.
  let n = 0;
  const next = async (): Promise<void> => {
    const i = n++;
    const day = new Date(Date.UTC(2026, 5, 1) + Math.floor(i / beds.length) * 2 * 86_400_000);
    const start = day.toISOString().slice(0, 10);
    const end = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
    const answer = await runtime.dispatch('stays.create', {
      draft: {
        personId: persons[i % persons.length],
        bedId: beds[i % beds.length],
        kind: 'experience',
        start,
        end,
        status: 'confirmed',
      },
    });
    if (answer.ok) process.stdout.write(`ack ${(answer.value as { id: string }).id}\n`);
    else process.stdout.write(`refused ${answer.error.code}\n`);
  };
  for (;;) await Promise.all(Array.from({ length: 8 }, next));
}

main().catch((error: unknown) => {
  process.stderr.write(`kill child failed: ${error instanceof Error ? error.name : 'error'}\n`);
  process.exit(1);
});
