/**
 * Test support, run as a child process by folder-lock.test.ts: a Tomari process on a data
 * folder, as the browser host or the desktop app would start one. It prints one JSON line per
 * event: `refused` (with the error) when the folder is locked, else `ready`, then `ack` for
 * each person it saved (an acknowledged write), then `idle`; SIGTERM closes it cleanly.
 */
import { startTomari } from '../runtime';
import { personInput } from '../testing/builders';
import { MANAGER_SECRET, TEST_SECRET_COST } from '../testing/fixture';
import { testKeyFile } from './test-fixtures';

const [dataDir, countText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: folder-lock.child.ts DATA_DIR [WRITES]');
const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

let runtime: Awaited<ReturnType<typeof startTomari>>;
try {
  runtime = await startTomari({
    dataDir,
    keys: testKeyFile(`${dataDir}.keys.json`),
    secretCost: TEST_SECRET_COST,
  });
} catch (error) {
  const answer = (error as { error?: unknown }).error;
  say({ event: 'refused', error: answer ?? String(error) });
  process.exit(3);
}
const open = runtime;
process.on('SIGTERM', () => {
  void open.close().then(() => process.exit(0));
});
// Writes are a signed-in staff member's: the first manager of a fresh folder.
const setup = await open.dispatch('staff.setup', {
  name: '試験 管理者',
  nameKana: 'しけん',
  secret: MANAGER_SECRET,
});
const signedIn = setup.ok
  ? await open.dispatch('session.signIn', {
      staffId: (setup.value as { id: string }).id,
      secret: MANAGER_SECRET,
    })
  : setup;
if (!signedIn.ok) throw new Error(`could not sign in: ${signedIn.error.code}`);
const caller = { session: (signedIn.value as { session: string }).session };
say({ event: 'ready', pid: process.pid });
for (let n = 0; n < Number(countText ?? 0); n++) {
  const answer = await open.dispatch(
    'persons.save',
    { person: personInput({ givenName: `施錠${n}` }) },
    caller,
  );
  if (answer.ok) say({ event: 'ack', id: (answer.value as { id: string }).id });
  else say({ event: 'fail', code: answer.error.code });
}
say({ event: 'idle' });
// Stay open (holding the lock) until killed.
setInterval(() => undefined, 60_000);
