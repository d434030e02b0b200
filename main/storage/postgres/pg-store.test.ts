/**
 * The PostgreSQL store on a real server (TOMARI_TEST_DATABASE_URL; skipped with a hint where a
 * machine has none, never in CI): migrations under their lock, a newer database refused, a
 * transaction all or nothing, other PCs told of a change, and the server going away and
 * coming back. The service rules themselves run on this store through the `postgres` project
 * (vitest.config.ts); concurrency and a killed writer are in concurrency.test.ts.
 */
import { createServer, type Server, type Socket, connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/api/errors';
import { DATA_KINDS, type DataKind } from '../../../shared/api/contract';
import { audit, bed, stay } from '../test-fixtures';
import {
  createTestSchema,
  TEST_DATABASE_HINT,
  testDatabaseUrl,
  withClient,
  type TestSchema,
} from '../../testing/test-database';
import { openPgStore, type PgStore } from './pg-store';
import { DATABASE_SCHEMA_VERSION, SQL_MIGRATIONS } from './schema';

const url = testDatabaseUrl();

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ServiceError) return error.error.code;
  throw new Error(`expected a ServiceError, got ${String(error)}`);
}

function until(check: () => boolean, ms = 5_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > ms) return reject(new Error('condition not met in time'));
      setTimeout(tick, 20);
    };
    tick();
  });
}

describe.skipIf(!url)(url ? 'the PostgreSQL store' : TEST_DATABASE_HINT, () => {
  let db: TestSchema;
  const stores: PgStore[] = [];
  const open = async (extra: Partial<Parameters<typeof openPgStore>[0]> = {}) => {
    const store = await openPgStore({ url: db.url, schema: db.schema, ...extra });
    stores.push(store);
    return store;
  };
  beforeEach(async () => {
    db = await createTestSchema();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await db.drop();
  });

  it('migrates an empty database once, even when two PCs start together', async () => {
    await Promise.all([open(), open(), open()]);
    const rows = await withClient(
      db.url,
      (c) => c.query<{ version: number }>('select version from tomari_schema_version'),
      db.schema,
    );
    expect(rows.rows.map((r) => r.version)).toEqual(SQL_MIGRATIONS.map((m) => m.version));
  });

  it('refuses a database migrated by a newer Tomari, touching nothing', async () => {
    await (await open()).close();
    await withClient(
      db.url,
      (c) =>
        c.query(`insert into tomari_schema_version (version, description) values ($1, 'later')`, [
          DATABASE_SCHEMA_VERSION + 1,
        ]),
      db.schema,
    );
    expect(await codeOf(open())).toBe('DATABASE_TOO_NEW');
  });

  it('answers DATABASE_UNAVAILABLE when the server cannot be reached at start', async () => {
    expect(await codeOf(openPgStore({ url: 'postgres://tomari:x@127.0.0.1:1/tomari' }))).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('keeps nothing of a transaction whose work fails after writing', async () => {
    const store = await open();
    await store.repo.apply({ beds: [bed('b1')], audit: audit('bed.create') });
    const failed = store.repo.transaction(async (repo) => {
      await repo.apply({ stays: [stay('s1', '2026-05-01', '2026-05-03')], audit: audit() });
      expect(await repo.getStay('s1')).toBeDefined();
      throw new Error('the rule check failed after the write');
    });
    await expect(failed).rejects.toThrow('the rule check failed');
    expect(await store.repo.getStay('s1')).toBeUndefined();
    expect(await store.repo.auditOf('s1')).toEqual([]);
  });

  it('answers STORAGE_ERROR for a write the server refuses, naming its SQLSTATE only', async () => {
    const store = await open();
    await store.repo.apply({ beds: [bed('b1', 1)], audit: audit() });
    // A rule of the server's own (as a facility's administrator might add one).
    await withClient(
      db.url,
      (client) => client.query('alter table beds add constraint few_beds check (sort_order < 50)'),
      db.schema,
    );
    const refused = store.repo.apply({ beds: [bed('b2', 99)], audit: audit('refused') });
    const error = await refused.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).error).toMatchObject({
      code: 'STORAGE_ERROR',
      reason: 'SQLSTATE 23514',
    });
    expect((await store.repo.listBeds()).map((b) => b.id)).toEqual(['b1']);
    expect(await store.repo.auditOf('b2')).toEqual([]);
  });

  it('writes a large change set many rows to a statement, a record given twice as its last', async () => {
    const store = await open();
    const n = 1_201;
    const name = (i: number) => `s${String(i).padStart(4, '0')}`;
    const stays = Array.from({ length: n }, (_, i) =>
      stay(name(i), '2026-06-01', '2026-06-02', { bedId: `b${i}` }),
    );
    const trail = Array.from({ length: n }, (_, i) => ({
      ...audit(`a${i}`)[0]!,
      entityId: name(i),
    }));
    const again = { ...stays[0]!, updatedAt: '2026-06-01T00:00:00.000Z' };
    await store.repo.apply({ stays: [...stays, again], audit: trail });
    const range = { from: '2026-06-01', to: '2026-06-02' };
    expect(await store.repo.staysInRange(range)).toHaveLength(n);
    expect(await store.repo.getStay(name(0))).toEqual(again);
    // The trail keeps its order across statements: newest first.
    const newest = await store.repo.auditEntries({
      from: '2026-01-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
      offset: 0,
      limit: 2,
    });
    expect(newest.map((e) => e.action)).toEqual([`a${n - 1}`, `a${n - 2}`]);
  });

  it('tells the other PCs what changed after the commit, and not the PC that made it', async () => {
    const desk = await open();
    const care = await open();
    const seenByCare: DataKind[][] = [];
    const seenByDesk: DataKind[][] = [];
    care.onChange((kinds) => seenByCare.push([...kinds]));
    desk.onChange((kinds) => seenByDesk.push([...kinds]));
    await desk.repo.apply({ beds: [bed('b1')], audit: audit('bed.create') });
    await desk.repo.apply({
      stays: [stay('s1', '2026-05-01', '2026-05-03', { personId: 'p1' })],
      audit: audit(),
    });
    await until(() => seenByCare.length === 2);
    expect(seenByCare).toEqual([['beds'], ['stays']]);
    expect(seenByDesk).toEqual([]);
  });

  it('refuses calls while the server is away, then reconnects by itself', async () => {
    const proxy = await tcpProxy(new URL(db.url));
    const store = await open({
      url: proxy.url(db.url),
      connectTimeoutMs: 1_000,
      reconnectMs: 50,
    });
    const changes: DataKind[][] = [];
    store.onChange((kinds) => changes.push([...kinds]));
    await store.repo.apply({ beds: [bed('b1')], audit: audit('bed.create') });

    await proxy.stop();
    await until(() => !store.status().connected);
    const write = store.repo.apply({ beds: [bed('b2', 2)], audit: audit('bed.create') });
    expect(await codeOf(write)).toBe('DATABASE_UNAVAILABLE');
    expect(await codeOf(store.repo.listBeds())).toBe('DATABASE_UNAVAILABLE');

    await proxy.start();
    await until(() => store.status().connected);
    // Whatever changed meanwhile is unknown: every kind is refreshed.
    expect(changes.at(-1)).toEqual([...DATA_KINDS]);
    expect((await store.repo.listBeds()).map((b) => b.id)).toEqual(['b1']);
    await store.repo.apply({ beds: [bed('b2', 2)], audit: audit('bed.create') });
    expect((await store.repo.listBeds()).map((b) => b.id)).toEqual(['b1', 'b2']);
    await store.close();
    await proxy.stop();
  });
});

/**
 * A TCP relay on loopback in front of the test server, so a test can take the server away
 * (close the relay and every connection through it) and bring it back on the same port.
 */
async function tcpProxy(target: URL) {
  let server: Server | undefined;
  let port = 0;
  const sockets = new Set<Socket>();
  const start = () =>
    new Promise<void>((resolve) => {
      server = createServer((inbound) => {
        const outbound = connect(Number(target.port || 5432), target.hostname);
        for (const s of [inbound, outbound]) {
          sockets.add(s);
          s.on('error', () => s.destroy());
          s.on('close', () => sockets.delete(s));
        }
        inbound.pipe(outbound).pipe(inbound);
        inbound.on('close', () => outbound.destroy());
        outbound.on('close', () => inbound.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        const address = server?.address();
        if (address && typeof address === 'object') port = address.port;
        resolve();
      });
    });
  await start();
  return {
    start,
    url(original: string) {
      const u = new URL(original);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server) return resolve();
        server.close(() => resolve());
        server = undefined;
      }),
  };
}
