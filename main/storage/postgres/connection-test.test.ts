/**
 * The settings screen's connection test against a real server (skipped with the hint where a
 * machine has none, never in CI): each thing a manager can get wrong is named as such.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestSchema,
  TEST_DATABASE_HINT,
  testDatabaseUrl,
  type TestSchema,
} from '../../testing/test-database';
import { connectionProblemOf, testConnection, type ServerAccess } from './connection-test';
import { openPgStore } from './pg-store';
import { DATABASE_SCHEMA_VERSION } from './schema';

const url = testDatabaseUrl();

function accessOf(databaseUrl: string): ServerAccess {
  const parsed = new URL(databaseUrl);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    tls: false,
  };
}

describe('what a failed connection means', () => {
  it.each([
    [{ code: '28P01' }, 'wrongPassword'],
    [{ code: '28000' }, 'wrongPassword'],
    [{ code: '3D000' }, 'databaseMissing'],
    [{ code: 'ECONNREFUSED' }, 'unreachable'],
    [{ code: 'ENOTFOUND' }, 'unreachable'],
    [{ code: 'ETIMEDOUT' }, 'unreachable'],
    [new Error('timeout expired'), 'unreachable'],
    [new Error('The server does not support SSL connections'), 'tlsRefused'],
    [{ code: 'SELF_SIGNED_CERT_IN_CHAIN' }, 'tlsUntrusted'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'tlsUntrusted'],
    [{ code: '42501' }, 'other'],
    ['not an error', 'other'],
  ])('%o → %s', (error, problem) => {
    expect(connectionProblemOf(error)).toBe(problem);
  });
});

describe.skipIf(!url)(url ? 'the connection test on a real server' : TEST_DATABASE_HINT, () => {
  let db: TestSchema;
  beforeEach(async () => {
    db = await createTestSchema();
  });
  afterEach(async () => {
    await db.drop();
  });

  it('finds an empty database empty, and a set-up one at its version', async () => {
    const access = accessOf(db.url);
    expect(await testConnection(access, { schema: db.schema })).toEqual({
      ok: true,
      found: 0,
      known: DATABASE_SCHEMA_VERSION,
    });
    await (await openPgStore({ url: db.url, schema: db.schema })).close();
    expect(await testConnection(access, { schema: db.schema })).toEqual({
      ok: true,
      found: DATABASE_SCHEMA_VERSION,
      known: DATABASE_SCHEMA_VERSION,
    });
  });

  it('names a database set up by a newer Tomari', async () => {
    await (await openPgStore({ url: db.url, schema: db.schema })).close();
    const older = DATABASE_SCHEMA_VERSION - 1;
    expect(await testConnection(accessOf(db.url), { schema: db.schema, known: older })).toEqual({
      ok: false,
      problem: 'tooNew',
      found: DATABASE_SCHEMA_VERSION,
      known: older,
    });
  });

  it('names a wrong password, a missing database and a server that does not answer', async () => {
    const access = accessOf(db.url);
    expect(await testConnection({ ...access, password: `${access.password}-wrong` })).toEqual({
      ok: false,
      problem: 'wrongPassword',
    });
    expect(await testConnection({ ...access, database: 'tomari_no_such_database' })).toEqual({
      ok: false,
      problem: 'databaseMissing',
    });
    // Nothing listens on port 1 of this machine.
    expect(await testConnection({ ...access, port: 1 })).toEqual({
      ok: false,
      problem: 'unreachable',
    });
  });

  it('names a server without TLS when TLS is asked for', async () => {
    const answer = await testConnection({ ...accessOf(db.url), tls: true });
    // The test cluster has no certificate (Debian's default cluster may have a snakeoil one).
    expect(answer.ok ? 'tls offered' : answer.problem).toMatch(/tlsRefused|tlsUntrusted/);
  });
});
