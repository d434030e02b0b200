/**
 * Every error code of shared/api/errors.ts, produced for real: one producer per code drives the
 * app (services through the dispatcher, the browser host, the store) into the situation the
 * code names. A code added without a producer here fails the first test; the message catalogue's
 * own test (shared/messages/catalog.test.ts) fails a code without a text in either language.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  ServiceError,
  type ApiError,
  type Envelope,
  type ErrorCode,
} from '../../shared/api/errors';
import type { Stay } from '../../shared/domain/schemas';
import { errorText } from '../../shared/messages/render';
import { startHost } from '../host/server';
import { startTomari } from '../runtime';
import { checkSchemaVersion } from '../storage/postgres/migrate';
import type { Repository } from '../storage/repository';
import { LOCK_DIR, LOCK_UPDATE_MS } from '../storage/folder-lock';
import {
  bedInput,
  createFixture,
  japanNoon,
  personInput,
  TEST_SECRET_COST,
  type Fixture,
} from '../testing/fixture';
import { createDispatcher } from './dispatcher';
import { createSessions } from './sessions';
import { passphraseKeys } from '../storage/os-key-protection';
import { startGatedTomari } from '../key-gate';
import { KEYRING_FILE, memoryKeyStore, newDataKey, newRecoveryKey } from '../storage/data-key';
import { recoverWithKey } from '../storage/recovery';
import { TEST_KEYS } from '../storage/test-fixtures';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture('2026-05-12');
});
afterEach(() => f.dispose());

async function errorOf(answer: Promise<Envelope<unknown>>): Promise<ApiError> {
  const settled = await answer;
  if (settled.ok) throw new Error('the call was accepted');
  return settled.error;
}

async function rejectionOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ServiceError)) throw new Error('expected a ServiceError');
  return error.error;
}

/** One request to the browser host in front of the fixture, as a page or script would send. */
async function viaHost(
  request: { token?: string; origin?: string; body?: string; method?: string } = {},
): Promise<ApiError> {
  const staticDir = await mkdtemp(join(tmpdir(), 'tomari-static-'));
  const host = await startHost({
    dispatch: (c, i, caller) => f.runtime.dispatch(c, i, caller),
    token: 'right',
    staticDir,
    port: 0,
  });
  try {
    const res = await fetch(`${host.url}api/beds.list`, {
      method: request.method ?? 'POST',
      headers: {
        Authorization: `Bearer ${request.token ?? 'right'}`,
        'Content-Type': 'application/json',
        ...(request.origin ? { Origin: request.origin } : {}),
      },
      ...(request.method === 'GET' ? {} : { body: request.body ?? '{}' }),
    });
    const answer = (await res.json()) as Envelope<unknown>;
    if (answer.ok) throw new Error('the host accepted the request');
    return answer.error;
  } finally {
    await host.close();
    await rm(staticDir, { recursive: true, force: true });
  }
}

const person = (names: Partial<Parameters<typeof personInput>[0]> = {}) =>
  f.call('persons.save', { person: personInput(names) });
const bed = (name = 'A-1', order = 1) => f.call('beds.save', { bed: bedInput(name, order) });

async function booking(start: string, end: string): Promise<Stay> {
  const [b, p] = [await bed(), await person()];
  return f.call('stays.create', {
    draft: { personId: p.id, bedId: b.id, kind: 'experience', start, end, status: 'confirmed' },
  });
}

/** A guest checked in on `start` (the clock set there and back to 2026-05-12). */
async function guest(start: string, end: string): Promise<Stay> {
  const stay = await booking(start, end);
  f.clock.now = japanNoon(start);
  await f.call('stays.checkIn', { id: stay.id });
  f.clock.now = japanNoon('2026-05-12');
  return stay;
}

const producers: Record<ErrorCode, () => Promise<ApiError>> = {
  INVALID_INPUT: () => errorOf(f.answer('stays.list', { from: '2026-05-10', to: '2026-05-01' })),
  UNKNOWN_CHANNEL: () => errorOf(f.answer('stays.destroy', {})),
  UNAUTHORIZED: () => viaHost({ token: 'wrong' }),
  UNTRUSTED_CALLER: () => viaHost({ origin: 'https://pages.example' }),
  BAD_REQUEST: () => viaHost({ body: '{not json' }),
  PAYLOAD_TOO_LARGE: () => viaHost({ body: JSON.stringify({ text: 'x'.repeat(1_100_000) }) }),
  NOT_SUPPORTED: () => errorOf(f.answer('print.preview', { route: '/print/summary/s1' })),
  async INTERNAL() {
    const broken = new Proxy({} as Repository, {
      get: () => () => {
        throw new TypeError('a bug');
      },
    });
    const dispatch = createDispatcher({
      repo: broken,
      now: () => f.clock.now,
      sessions: createSessions(() => f.clock.now),
      secretCost: TEST_SECRET_COST,
      storage: {
        status: () => broken as never,
        restoreBackup: () => broken as never,
        changesSince: () => broken as never,
        takeRecoveryKey: () => broken as never,
        recoveryKeyWaiting: () => broken as never,
        newRecoveryKey: () => broken as never,
        readFolder: () => broken as never,
      },
    });
    return errorOf(dispatch('beds.list', {}));
  },
  async STORAGE_DAMAGED() {
    await booking('2026-05-20', '2026-05-22');
    await f.runtime.close();
    await writeFile(join(f.dataDir, 'stays.json'), '{"stays": [');
    await f.restart();
    return errorOf(f.answer('stays.list', { from: '2026-05-01', to: '2026-05-31' }));
  },
  async BACKUP_DAMAGED() {
    await bed();
    f.clock.now = japanNoon('2026-05-14');
    await f.restart();
    const { newestBackup } = await f.call('storage.status', {});
    if (newestBackup === null) throw new Error('expected a daily backup');
    await f.runtime.close();
    await writeFile(join(f.dataDir, 'master.json'), '{');
    await writeFile(join(f.dataDir, 'backups', newestBackup, 'master.json'), '{');
    await f.restart();
    return errorOf(f.answer('storage.restoreBackup', { backup: newestBackup }));
  },
  async NO_GOOD_BACKUP() {
    await bed();
    await f.runtime.close();
    await writeFile(join(f.dataDir, 'master.json'), '{');
    for (const name of await readdir(join(f.dataDir, 'backups'))) {
      await writeFile(join(f.dataDir, 'backups', name, 'master.json'), '{');
    }
    await f.restart();
    return errorOf(f.answer('storage.restoreBackup', {}));
  },
  async STORAGE_ERROR() {
    await bed();
    // That save's files are put in place after its answer: once they are, the master file's
    // place is taken by a folder with something in it, so no rename can land.
    await f.runtime.whenIdle();
    await rm(join(f.dataDir, 'master.json'));
    await mkdir(join(f.dataDir, 'master.json', 'in-the-way'), { recursive: true });
    // The next save is answered (its journal line is flushed) but cannot be put in place; the
    // one after it is refused until it can.
    await bed('A-2', 2);
    return errorOf(f.answer('beds.save', { bed: bedInput('A-3', 3) }));
  },
  async AUDIT_NOT_WRITTEN() {
    await rm(join(f.dataDir, 'audit.jsonl'), { force: true });
    await mkdir(join(f.dataDir, 'audit.jsonl'));
    // The first save is acknowledged (its journal line is flushed, its entries cannot follow);
    // the next is refused until they can.
    await f.call('beds.save', { bed: bedInput('A-1', 1) });
    return errorOf(f.answer('beds.save', { bed: bedInput('A-2', 2) }));
  },
  async STORE_CLOSED() {
    await f.runtime.close();
    return errorOf(f.answer('beds.list', {}));
  },
  // Nothing listens on port 1 of this machine: the server is away.
  DATABASE_UNAVAILABLE: () =>
    rejectionOf(
      startTomari({
        keys: TEST_KEYS,
        dataDir: f.dataDir,
        database: { url: 'postgres://tomari:tomari@127.0.0.1:1/tomari' },
      }),
    ),
  // The refusal itself; a real newer database is refused in main/storage/postgres/pg-store.test.ts.
  DATABASE_TOO_NEW: () => rejectionOf(Promise.resolve().then(() => checkSchemaVersion(3, 2))),
  DATA_FOLDER_LOCKED: () => rejectionOf(startTomari({ keys: TEST_KEYS, dataDir: f.dataDir })),
  async DATA_FOLDER_LOCK_LOST() {
    // Another process found this one's lock stale (it was suspended) and took it over.
    await rm(join(f.dataDir, LOCK_DIR), { recursive: true });
    await mkdir(join(f.dataDir, LOCK_DIR));
    await new Promise((done) => setTimeout(done, LOCK_UPDATE_MS * 2 + 500));
    return errorOf(f.answer('beds.save', { bed: bedInput('A-1', 1) }));
  },
  async DATA_KEY_MISSING() {
    // A new PC: the folder is there (copied, or on a share), this PC's key store is empty.
    await f.runtime.close();
    return rejectionOf(startTomari({ keys: { keys: memoryKeyStore() }, dataDir: f.dataDir }));
  },
  async DATA_KEY_INVALID() {
    // The keyring edited to say the folder is not fully encrypted (so plain files would pass).
    await f.runtime.close();
    const path = join(f.dataDir, KEYRING_FILE);
    const keyring = JSON.parse(await readFile(path, 'utf8')) as { state: string };
    await writeFile(path, JSON.stringify({ ...keyring, state: 'migrating' }));
    return rejectionOf(startTomari({ keys: TEST_KEYS, dataDir: f.dataDir }));
  },
  async RECOVERY_KEY_WRONG() {
    // A new PC, a copy of the folder, and a recovery key that is not this folder's.
    await f.runtime.close();
    return rejectionOf(recoverWithKey(f.dataDir, newRecoveryKey(), memoryKeyStore()));
  },
  async KEY_PROTECTION_UNAVAILABLE() {
    // The desktop app on a PC whose OS cannot protect the key: until the manager gives the
    // passphrase, every call but the key channels is answered so.
    await f.runtime.close();
    const gated = startGatedTomari({
      dataDir: f.dataDir,
      source: { passphrase: passphraseKeys(join(f.dataDir, 'pc', 'data-keys.json'), 10) },
      onFatal: () => undefined,
    });
    return errorOf(gated.dispatch('session.staffNames', {}));
  },
  async PASSPHRASE_WRONG() {
    // The passphrase chosen on this PC opens its key file; another one does not.
    await f.runtime.close();
    const keys = passphraseKeys(join(f.dataDir, 'pc', 'data-keys.json'), 10);
    await (await keys.open('erabareta-aikotoba')).keys.save('k', newDataKey());
    const gated = startGatedTomari({
      dataDir: join(f.dataDir, 'another-folder'),
      source: { passphrase: keys },
      onFatal: () => undefined,
    });
    return errorOf(gated.dispatch('storage.unlock', { passphrase: 'machigatta-aikotoba' }));
  },
  NOT_FOUND: () => errorOf(f.answer('stays.get', { id: 'no-such-stay' })),
  // A page of the browser host that has not signed in.
  UNAUTHENTICATED: () => viaHost(),
  async FORBIDDEN() {
    const carer = await f.addStaff(['care']);
    const session = await f.signIn(carer.staff.id, carer.secret);
    return errorOf(f.as(session).answer('beds.save', { bed: bedInput('A-1', 1) }));
  },
  async SIGN_IN_FAILED() {
    const carer = await f.addStaff(['care']);
    return errorOf(f.answer('session.signIn', { staffId: carer.staff.id, secret: 'wrong-one' }));
  },
  async LOCKED() {
    const carer = await f.addStaff(['care']);
    const wrong = { staffId: carer.staff.id, secret: 'wrong-one' };
    for (let i = 0; i < 4; i++) await f.answer('session.signIn', wrong);
    return errorOf(f.answer('session.signIn', wrong));
  },
  ALREADY_SET_UP: () =>
    errorOf(f.answer('staff.setup', { name: '二人目', nameKana: 'ふたりめ', secret: 'another-1' })),
  LAST_MANAGER: () => errorOf(f.answer('staff.save', { staff: { ...f.manager!, active: false } })),
  async RETENTION_NOT_ENDED() {
    // Booked this week: kept five years after the stay.
    const stay = await booking('2026-05-20', '2026-05-22');
    return errorOf(f.answer('retention.erase', { personId: stay.personId }));
  },
  async BED_NAME_TAKEN() {
    await bed('A-1');
    return errorOf(f.answer('beds.save', { bed: bedInput('A-1', 2) }));
  },
  async BLOCK_HAS_STAYS() {
    const stay = await booking('2026-05-20', '2026-05-22');
    return errorOf(
      f.answer('beds.block', {
        bedId: stay.bedId,
        start: '2026-05-21',
        end: '2026-05-25',
        reason: '修繕',
      }),
    );
  },
  async TRAINING_RECORD_EXISTS() {
    const stay = await booking('2026-05-12', '2026-05-14');
    const at = { stayId: stay.id, date: '2026-05-12', level: 2 as const };
    await f.call('training.save', { record: { ...at, domain: 'cooking' } });
    const laundry = await f.call('training.save', { record: { ...at, domain: 'laundry' } });
    return errorOf(f.answer('training.save', { record: { ...laundry, domain: 'cooking' } }));
  },
  async POSSIBLE_DUPLICATE() {
    const names = { certificateNumber: undefined, birthDate: '1990-04-01' };
    await person(names);
    return errorOf(f.answer('persons.save', { person: personInput(names) }));
  },
  async DUPLICATE_CERTIFICATE() {
    await person({ certificateNumber: '1111111111' });
    const other = personInput({ givenName: '花子', givenNameKana: 'はなこ' });
    return errorOf(
      f.answer('persons.save', { person: { ...other, certificateNumber: '1111111111' } }),
    );
  },
  async RULE_VIOLATION() {
    const stay = await booking('2026-05-20', '2026-05-22');
    const other = await person({
      givenName: '次郎',
      givenNameKana: 'じろう',
      certificateNumber: undefined,
    });
    const { bedId, kind, start, end } = stay;
    return errorOf(
      f.answer('stays.create', { draft: { personId: other.id, bedId, kind, start, end } }),
    );
  },
  async INVALID_TRANSITION() {
    const stay = await booking('2026-05-20', '2026-05-22');
    await f.call('stays.cancel', { id: stay.id, reason: '体調不良' });
    return errorOf(f.answer('stays.update', { id: stay.id, changes: { status: 'confirmed' } }));
  },
  async STAY_CLOSED() {
    const stay = await booking('2026-05-20', '2026-05-22');
    await f.call('stays.cancel', { id: stay.id, reason: '体調不良' });
    return errorOf(f.answer('stays.update', { id: stay.id, changes: { end: '2026-05-23' } }));
  },
  async STAY_STARTED() {
    const stay = await guest('2026-05-10', '2026-05-14');
    return errorOf(f.answer('stays.update', { id: stay.id, changes: { start: '2026-05-11' } }));
  },
  async STAY_NOT_BUMPED() {
    const stay = await booking('2026-05-20', '2026-05-22');
    return errorOf(f.answer('stays.offers', { id: stay.id }));
  },
  async ALREADY_REBOOKED() {
    // A booking from tomorrow on the only bed, bumped by an emergency tonight, rebooked once.
    const stay = await booking('2026-05-13', '2026-05-15');
    const urgent = await person({
      givenName: '急',
      givenNameKana: 'きゅう',
      certificateNumber: undefined,
    });
    await f.call('emergency.commit', {
      personId: urgent.id,
      start: '2026-05-12',
      end: '2026-05-16',
    });
    const rebook = (start: string, end: string) =>
      f.answer('stays.create', {
        draft: { personId: stay.personId, bedId: stay.bedId, kind: 'experience', start, end },
        rebookOf: stay.id,
      });
    const first = await rebook('2026-05-20', '2026-05-22');
    if (!first.ok) throw new Error(first.error.code);
    return errorOf(rebook('2026-05-25', '2026-05-27'));
  },
  async CHECK_IN_TOO_EARLY() {
    const stay = await booking('2026-05-13', '2026-05-15');
    return errorOf(f.answer('stays.checkIn', { id: stay.id }));
  },
  async CHECK_IN_TOO_LATE() {
    const stay = await booking('2026-05-10', '2026-05-12');
    return errorOf(f.answer('stays.checkIn', { id: stay.id }));
  },
  async CHECK_IN_UNDO_TOO_LATE() {
    const stay = await guest('2026-05-11', '2026-05-14');
    return errorOf(f.answer('stays.undoCheckIn', { id: stay.id }));
  },
  async CHECK_OUT_IN_FUTURE() {
    const stay = await guest('2026-05-10', '2026-05-14');
    return errorOf(f.answer('stays.checkOut', { id: stay.id, date: '2026-05-13' }));
  },
  async CHECK_OUT_BEFORE_ARRIVAL() {
    const stay = await guest('2026-05-10', '2026-05-14');
    return errorOf(f.answer('stays.checkOut', { id: stay.id, date: '2026-05-09' }));
  },
  async CHECK_OUT_AFTER_END() {
    const stay = await guest('2026-05-08', '2026-05-11');
    return errorOf(f.answer('stays.checkOut', { id: stay.id, date: '2026-05-12' }));
  },
  async DEPARTURE_IN_PAST() {
    const stay = await guest('2026-05-08', '2026-05-14');
    return errorOf(f.answer('stays.update', { id: stay.id, changes: { end: '2026-05-11' } }));
  },
  NO_EMERGENCY_CAPACITY: async () => {
    const p = await person();
    return errorOf(
      f.answer('emergency.plan', { personId: p.id, start: '2026-05-12', end: '2026-05-14' }),
    );
  },
  async NOT_EMERGENCY_STAY() {
    const [b, p] = [await bed(), await person()];
    const stay = await f.call('stays.create', {
      draft: {
        personId: p.id,
        bedId: b.id,
        kind: 'experience',
        start: '2026-05-12',
        end: '2026-05-14',
      },
    });
    return errorOf(f.answer('emergency.extendAddOn', { stayId: stay.id, reason: '理由' }));
  },
  async STALE_PLAN() {
    const [b, p] = [await bed(), await person()];
    return errorOf(
      f.answer('emergency.commit', {
        personId: p.id,
        start: '2026-05-12',
        end: '2026-05-14',
        expect: { bedId: `${b.id}-not`, bumped: [] },
      }),
    );
  },
};

describe('every error code', () => {
  it('has a producer here', () => {
    expect(Object.keys(producers).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each(ERROR_CODES)(
    '%s is produced, with the Japanese text of the catalogue as its message',
    async (code) => {
      const error = await producers[code]();
      expect(error.code).toBe(code);
      expect(error.message).toBe(errorText('ja', code, error));
      expect(error.message).not.toMatch(/\{\{|\}\}/);
      expect(errorText('en', code, error)).not.toMatch(/\{\{|\}\}|[\u3040-\u30ff\u4e00-\u9fff]/);
    },
  );
});
