import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceError } from '../../shared/api/errors';
import { maskedAddress, readAppConfig, serverUrl, type SecretBox } from './app-config';
import { configuredConnection, databaseAtStart, fixedConnection } from './connection-settings';
import { startTomari } from '../runtime';
import { readFolder } from '../storage/postgres/transfer';
import { folderCodecOf } from '../storage/folder-key';
import { TEST_KEYS } from '../storage/test-fixtures';
import { bedInput, personInput, TEST_SECRET_COST } from '../testing/fixture';
import { signedInAsManager } from '../testing/signed-in';
import {
  createTestSchema,
  TEST_DATABASE_HINT,
  testDatabaseUrl,
  type TestSchema,
} from '../testing/test-database';

const url = testDatabaseUrl();

/** A stand-in for the system's secret storage: reversible, and never the text itself. */
function testBox(available = true): SecretBox {
  return {
    available: () => available,
    seal: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`).toString('base64'),
    open: (sealed) => [...Buffer.from(sealed, 'base64').toString().slice(7)].reverse().join(''),
  };
}

const SERVER = { host: 'db.example.jp', port: 5432, database: 'tomari', user: 'desk', tls: true };

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: ServiceError) => error.error.code,
  );

describe("the desktop app's store choice", () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tomari-config-'));
    path = join(dir, 'tomari-config.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is this PC only until a choice is saved', async () => {
    expect(await readAppConfig(path)).toEqual({ version: 1, store: { kind: 'embedded' } });
    const settings = configuredConnection({
      path,
      secrets: testBox(),
      running: { kind: 'embedded' },
    });
    expect(await settings.view()).toEqual({
      running: { kind: 'embedded' },
      saved: { kind: 'embedded' },
      canChange: true,
    });
  });

  it('saves a server with its password sealed, never as text, and opens it at the next start', async () => {
    const secrets = testBox();
    const settings = configuredConnection({ path, secrets, running: { kind: 'embedded' } });
    const view = await settings.save({ kind: 'server', ...SERVER, password: 'pw-kanri' });
    expect(view.saved).toEqual({ kind: 'server', ...SERVER, hasPassword: true });
    expect(view.running).toEqual({ kind: 'embedded' });
    expect(await readFile(path, 'utf8')).not.toContain('pw-kanri');
    const { store } = await readAppConfig(path);
    expect(databaseAtStart(store, secrets)).toEqual({
      url: 'postgres://desk:pw-kanri@db.example.jp:5432/tomari?sslmode=verify-full',
    });
  });

  it('keeps the saved password when only other details change, not for another account', async () => {
    const secrets = testBox();
    const settings = configuredConnection({ path, secrets, running: { kind: 'embedded' } });
    await settings.save({ kind: 'server', ...SERVER, password: 'pw-kanri' });
    expect((await settings.save({ kind: 'server', ...SERVER, tls: false })).saved).toMatchObject({
      hasPassword: true,
      tls: false,
    });
    expect((await settings.save({ kind: 'server', ...SERVER, user: 'care' })).saved).toMatchObject({
      hasPassword: false,
      user: 'care',
    });
  });

  it('refuses to keep a password where the system has no secret storage', async () => {
    const settings = configuredConnection({
      path,
      secrets: testBox(false),
      running: { kind: 'embedded' },
    });
    expect(await codeOf(settings.save({ kind: 'server', ...SERVER, password: 'pw' }))).toBe(
      'NOT_SUPPORTED',
    );
    expect(await readAppConfig(path)).toEqual({ version: 1, store: { kind: 'embedded' } });
    // Going back to this PC only needs no secret.
    expect((await settings.save({ kind: 'embedded' })).saved).toEqual({ kind: 'embedded' });
  });

  it('shows the server it runs on with the password masked', async () => {
    const secrets = testBox();
    const running = { kind: 'server' as const, ...SERVER, sealedPassword: secrets.seal('pw') };
    const view = await configuredConnection({ path, secrets, running }).view();
    expect(view.running).toEqual({
      kind: 'server',
      address: 'postgres://desk:****@db.example.jp:5432/tomari?sslmode=verify-full',
    });
    expect(JSON.stringify(view)).not.toContain('pw@');
  });

  it('refuses a damaged configuration rather than falling back to this PC only', async () => {
    await writeFile(path, '{"version":1,"store":{"kind":"server"}}');
    await expect(readAppConfig(path)).rejects.toThrow();
  });

  it('refuses to move data it could not then choose (no secret storage), before reading it', async () => {
    const settings = configuredConnection({
      path,
      secrets: testBox(false),
      running: { kind: 'embedded' },
    });
    const read = vi.fn(async () => {
      throw new Error('read');
    });
    expect(await codeOf(settings.importInto({ ...SERVER, password: 'pw' }, read))).toBe(
      'NOT_SUPPORTED',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('tests with the kept password when none is typed, and says when there is none', async () => {
    const settings = configuredConnection({
      path,
      secrets: testBox(),
      running: { kind: 'embedded' },
    });
    expect(await settings.test({ ...SERVER })).toEqual({ ok: false, problem: 'noPassword' });
  });
});

describe("the browser host's store", () => {
  it('shows what it was started with, read-only, the password masked', async () => {
    const settings = fixedConnection('postgres://desk:pw-kanri@db.example.jp:5432/tomari');
    expect(await settings.view()).toEqual({
      running: { kind: 'server', address: 'postgres://desk:****@db.example.jp:5432/tomari' },
      saved: null,
      canChange: false,
    });
    expect(await codeOf(settings.save({ kind: 'embedded' }))).toBe('NOT_SUPPORTED');
    expect(await fixedConnection(undefined).view()).toMatchObject({
      running: { kind: 'embedded' },
    });
  });

  it('escapes what a URL cannot hold as it is', () => {
    const url = serverUrl({ ...SERVER, user: 'ゆき@desk', tls: false }, 'p@ss:w/rd');
    expect(url).toBe(
      'postgres://%E3%82%86%E3%81%8D%40desk:p%40ss%3Aw%2Frd@db.example.jp:5432/tomari',
    );
    expect(decodeURIComponent(new URL(url).password)).toBe('p@ss:w/rd');
    expect(maskedAddress(url)).not.toContain('p%40ss');
  });
});

describe.skipIf(!url)(
  url ? "moving this PC's data to the facility's server" : TEST_DATABASE_HINT,
  () => {
    let db: TestSchema;
    let dir: string;
    beforeEach(async () => {
      db = await createTestSchema();
      dir = await mkdtemp(join(tmpdir(), 'tomari-move-'));
    });
    afterEach(async () => {
      await db.drop();
      await rm(dir, { recursive: true, force: true });
    });

    const serverOf = (databaseUrl: string) => {
      const parsed = new URL(databaseUrl);
      return {
        host: parsed.hostname,
        port: Number(parsed.port || 5432),
        database: decodeURIComponent(parsed.pathname.slice(1)),
        user: decodeURIComponent(parsed.username),
        password: decodeURIComponent(parsed.password),
        tls: false,
      };
    };

    it('copies the folder into the empty database, verified, then chooses the server; never twice', async () => {
      const dataDir = join(dir, 'data');
      const desk = await signedInAsManager(
        await startTomari({ keys: TEST_KEYS, dataDir, secretCost: TEST_SECRET_COST }),
      );
      await desk.dispatch('beds.save', { bed: bedInput('A-1', 1) });
      await desk.dispatch('persons.save', { person: personInput() });
      await desk.close();

      const path = join(dir, 'tomari-config.json');
      const settings = configuredConnection({
        path,
        secrets: testBox(),
        running: { kind: 'embedded' },
        schema: db.schema,
      });
      const server = serverOf(db.url);
      const moved = await settings.importInto(server, async () =>
        readFolder(dataDir, await folderCodecOf(dataDir, TEST_KEYS)),
      );
      expect(moved.ok).toBe(true);
      const count = (table: string) =>
        moved.ok ? moved.tables.find((row) => row.table === table)?.count : undefined;
      expect([count('beds'), count('persons'), count('staff'), count('credentials')]).toEqual([
        1, 1, 1, 1,
      ]);
      expect((await settings.view()).saved).toMatchObject({ kind: 'server', hasPassword: true });
      // Only sealed (here the test password is the user name too: compare the field itself).
      const stored = (
        JSON.parse(await readFile(path, 'utf8')) as { store: Record<string, unknown> }
      ).store;
      expect(stored).not.toHaveProperty('password');
      expect(stored['sealedPassword']).not.toBe(server.password);
      expect(testBox().open(String(stored['sealedPassword']))).toBe(server.password);

      // A second move would mix two facilities.
      expect(
        await settings.importInto(server, async () =>
          readFolder(dataDir, await folderCodecOf(dataDir, TEST_KEYS)),
        ),
      ).toEqual({
        ok: false,
        problem: 'notEmpty',
      });
      // The server opens on the data moved, and the manager signs in there as before.
      const care = await signedInAsManager(
        await startTomari({
          dataDir: '',
          secretCost: TEST_SECRET_COST,
          database: { url: db.url, schema: db.schema },
        }),
      );
      try {
        const beds = await care.dispatch('beds.list', {});
        expect(beds.ok && (beds.value as unknown[]).length).toBe(1);
      } finally {
        await care.close();
      }
    });

    it('reads nothing and changes no choice when the server refuses the password', async () => {
      const path = join(dir, 'tomari-config.json');
      const settings = configuredConnection({
        path,
        secrets: testBox(),
        running: { kind: 'embedded' },
        schema: db.schema,
      });
      const read = vi.fn(async () =>
        readFolder(join(dir, 'data'), await folderCodecOf(join(dir, 'data'), TEST_KEYS)),
      );
      const server = serverOf(db.url);
      expect(await settings.importInto({ ...server, password: 'wrong-one' }, read)).toEqual({
        ok: false,
        problem: 'wrongPassword',
      });
      expect(read).not.toHaveBeenCalled();
      expect((await settings.view()).saved).toEqual({ kind: 'embedded' });
    });
  },
);
