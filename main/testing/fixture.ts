/**
 * A real Tomari (store, services, dispatcher) on a fresh temp folder with a fixed clock, for
 * service tests, signed in as a manager set up the way a facility does at first run. `call`
 * unwraps an ok answer and fails the test on an error answer; `answer` returns the raw envelope
 * for error-path tests. Both go through the dispatcher with the fixture's session, so every test
 * also passes the sign-in and role checks; `as(session)` calls as someone else. Every ok answer
 * is read with its channel's output schema first: a service that answers outside the contract
 * fails the test that called it, as the renderer's client would refuse the answer.
 *
 * The store is the embedded one on a temp folder, or, when `TOMARI_TEST_STORE=postgres` (the
 * `postgres` project of vitest.config.ts), the PostgreSQL store on a fresh schema of the test
 * database: the same service tests run against both stores.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
} from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import type { Role } from '../../shared/domain/schemas';
import { credentialSchema, type Credential, type Staff } from '../../shared/domain/staff';
import type { Caller } from '../api/dispatcher';
import { startTomari, type TomariOptions, type TomariRuntime } from '../runtime';
import type { SecretCost } from '../services/secrets';
import { openPgStore } from '../storage/postgres/pg-store';
import type { ChangeSet } from '../storage/repository';
import { openStore } from '../storage/store';
import { dataFileContents } from './data-files';
import { createTestSchema, withClient, type TestSchema } from './test-database';

export type StoreKind = 'embedded' | 'postgres';

/** The store the service tests run on in this process (vitest.config.ts sets it per project). */
export function testStoreKind(): StoreKind {
  return process.env.TOMARI_TEST_STORE === 'postgres' ? 'postgres' : 'embedded';
}

/**
 * Every data file of the embedded folder and the audit trail, in clear (they are sealed on disk),
 * so that a test can read what is stored and prove a refused call wrote nothing.
 */
async function folderContents(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(await dataFileContents(dataDir))) {
    // The journal only carries a change until its files are in place (the caller settles first).
    if (name.startsWith('.') || name === KEYRING_FILE || name === JOURNAL_FILE) continue;
    out[name] = await readStored(dataDir, name);
  }
  return out;
}

/** Every stored record, by file (embedded) or table (PostgreSQL), to prove a refusal wrote nothing. */
async function storedData(
  dataDir: string,
  database: TestSchema | undefined,
): Promise<Record<string, string>> {
  if (!database) return folderContents(dataDir);
  const tables = [
    'settings',
    'beds',
    'bed_blocks',
    'persons',
    'stays',
    'training_records',
    'stay_days',
    'staff',
    'credentials',
    'sign_in_states',
    'audit',
  ];
  return withClient(
    database.url,
    async (client) => {
      const out: Record<string, string> = {};
      for (const table of tables) {
        const rows = await client.query(`select * from ${table} order by 1`);
        out[table] = JSON.stringify(rows.rows);
      }
      return out;
    },
    database.schema,
  );
}
import { AUDIT_FILE, MASTER_FILE } from '../storage/data-files';
import { KEYRING_FILE } from '../storage/data-key';
import { JOURNAL_FILE } from '../storage/journal';
import { readStored, TEST_KEYS } from '../storage/test-fixtures';

/**
 * A low scrypt cost for tests: a sign-in then takes a millisecond, not a quarter of a second.
 * The stored credential names its cost, so the code path is the app's; secrets.test.ts checks
 * the real cost.
 */
export const TEST_SECRET_COST: SecretCost = { N: 2 ** 10, r: 8, p: 1 };

/** The first manager's secret in every fixture (fictional, like everything in tests). */
export const MANAGER_SECRET = 'kanri-2026';

export interface StaffCaller {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  answer(channel: string, input: unknown): Promise<Envelope<unknown>>;
}

export interface Fixture extends StaffCaller {
  store: StoreKind;
  dataDir: string;
  runtime: TomariRuntime;
  clock: { now: Date };
  /** The manager the fixture signed in as (undefined with `{ staff: false }`). */
  manager: Staff | undefined;
  /** The fixture's own session: what `call` and `answer` send. */
  session: string | undefined;
  /** Adds a member of staff through the register (as the manager); answers them and their secret. */
  addStaff(roles: Role[], name?: string): Promise<{ staff: Staff; secret: string }>;
  /** Signs in; answers the session. */
  signIn(staffId: string, secret: string): Promise<string>;
  /** Calls as the holder of another session (or none: `undefined`). */
  as(session: string | undefined): StaffCaller;
  restart(): Promise<void>;
  /**
   * Another runtime on the same data, as another copy of the app would open it (close the
   * fixture's own first on the embedded store, whose folder one process holds).
   */
  startAnother(options?: Pick<TomariOptions, 'secretCost'>): Promise<TomariRuntime>;
  /** Every stored record, exactly (see `storedData`). */
  storedData(): Promise<Record<string, string>>;
  /** The whole audit trail as stored, as text. */
  storedAudit(): Promise<string>;
  /** The stored secrets (hashes) as kept: in the master file or the credentials table. */
  storedCredentials(): Promise<Credential[]>;
  /**
   * Writes a change set straight into the store, past the services (data as an older Tomari
   * left it); the runtime is closed around it and started again.
   */
  writeDirectly(changes: ChangeSet): Promise<void>;
  dispose(): Promise<void>;
}

/** Noon in Japan on the given date, so "today" is that date whatever the machine's zone. */
export function japanNoon(date: string): Date {
  return new Date(`${date}T12:00:00+09:00`);
}

/** The answer as it came, once its value has passed the channel's output schema. */
export function checkedAgainstContract(
  channel: string,
  answer: Envelope<unknown>,
): Envelope<unknown> {
  if (!answer.ok || !isChannel(channel)) return answer;
  const read = contract[channel].output.safeParse(answer.value);
  if (!read.success) {
    const where = read.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join(', ');
    throw new Error(`${channel} answered outside its output schema (${where})`);
  }
  return answer;
}

/**
 * Calls with the session `session()` gives. `renew`, when given, signs in again once a call
 * finds the session ended: tests move the clock by days, past any idle limit, and a person would
 * simply sign in again.
 */
function caller(
  runtime: () => TomariRuntime,
  session: () => string | undefined,
  renew?: () => Promise<void>,
): StaffCaller {
  const from = (): Caller => {
    const s = session();
    return s === undefined ? {} : { session: s };
  };
  const answer = async (channel: string, input: unknown) => {
    const first = await runtime().dispatch(channel, input, from());
    if (first.ok || first.error.code !== 'UNAUTHENTICATED' || !renew) {
      return checkedAgainstContract(channel, first);
    }
    await renew();
    return checkedAgainstContract(channel, await runtime().dispatch(channel, input, from()));
  };
  return {
    async call(channel, input) {
      const result = await answer(channel, input);
      if (!result.ok)
        throw new Error(`${channel} answered ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    answer,
  };
}

export async function createFixture(
  today = '2026-05-12',
  options: { staff?: boolean } = {},
): Promise<Fixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tomari-test-'));
  const clock = { now: japanNoon(today) };
  const database = testStoreKind() === 'postgres' ? await createTestSchema() : undefined;
  const open = (options: Pick<TomariOptions, 'secretCost'> = {}) =>
    startTomari({
      keys: TEST_KEYS,
      dataDir,
      now: () => clock.now,
      secretCost: TEST_SECRET_COST,
      ...(database ? { database: { url: database.url, schema: database.schema } } : {}),
      ...options,
    });
  let runtime = await open();
  let session: string | undefined;
  let manager: Staff | undefined;
  let staffCount = 0;

  const anyone = caller(
    () => runtime,
    () => undefined,
  );
  const signIn = async (staffId: string, secret: string): Promise<string> =>
    (await anyone.call('session.signIn', { staffId, secret })).session;

  if (options.staff !== false) {
    manager = await anyone.call('staff.setup', {
      name: '試験 管理者',
      nameKana: 'しけん かんりしゃ',
      secret: MANAGER_SECRET,
    });
    session = await signIn(manager.id, MANAGER_SECRET);
  }

  /** Signs the manager in again; on a store that cannot answer (damaged, closed), nobody can. */
  const signInAgain = async () => {
    if (!manager) return;
    const answer = await anyone.answer('session.signIn', {
      staffId: manager.id,
      secret: MANAGER_SECRET,
    });
    session = answer.ok ? (answer.value as { session: string }).session : undefined;
  };
  const own = caller(
    () => runtime,
    () => session,
    manager ? signInAgain : undefined,
  );
  /** What is stored once the last change is in place (it follows the answer, docs/storage.md). */
  const stored = async () => {
    await runtime.whenIdle();
    return storedData(dataDir, database);
  };
  const fixture: Fixture = {
    store: database ? 'postgres' : 'embedded',
    dataDir,
    clock,
    get runtime() {
      return runtime;
    },
    get manager() {
      return manager;
    },
    get session() {
      return session;
    },
    ...own,
    async addStaff(roles, name) {
      staffCount++;
      const secret = `himitsu-${staffCount}`;
      const staff = await own.call('staff.save', {
        staff: {
          name: name ?? `試験 職員${staffCount}`,
          nameKana: 'しけん しょくいん',
          roles,
          qualifications: [],
          active: true,
        },
        secret,
      });
      return { staff, secret };
    },
    signIn,
    as: (other) =>
      caller(
        () => runtime,
        () => other,
      ),
    async restart() {
      await runtime.close();
      runtime = await open();
      // A restart ends every session: sign the fixture's manager in again.
      await signInAgain();
    },
    startAnother: open,
    storedData: stored,
    // The embedded folder's files are sealed: read in clear, as Tomari reads them.
    async storedAudit() {
      const data = await stored();
      return database ? (data.audit ?? '') : (data[AUDIT_FILE] ?? '');
    },
    async storedCredentials() {
      const list: unknown = database
        ? (
            JSON.parse((await stored()).credentials ?? '[]') as {
              data: unknown;
            }[]
          ).map((row) => row.data)
        : (
            JSON.parse((await stored())[MASTER_FILE] ?? '{}') as {
              credentials?: unknown;
            }
          ).credentials;
      return credentialSchema.array().parse(list ?? []);
    },
    async writeDirectly(changes) {
      await runtime.close();
      const store = database
        ? await openPgStore({ url: database.url, schema: database.schema })
        : await openStore({ keys: TEST_KEYS, dataDir, now: () => clock.now });
      try {
        await store.repo.apply(changes);
      } finally {
        await store.close();
      }
      runtime = await open();
      await signInAgain();
    },
    async dispose() {
      await runtime.close();
      await rm(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
  return fixture;
}

export { bedInput, personInput } from './builders';
