/**
 * The PostgreSQL server the tests use: `TOMARI_TEST_DATABASE_URL` (README: "PostgreSQL for the
 * tests"; `.ci/run` starts one). Each test gets a fresh schema of its own on that database, so
 * tests running side by side never see each other's rows. Without the variable the PostgreSQL
 * tests are skipped with a hint, except in CI, where they must run: there a missing variable
 * fails the run.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_HINT =
  'PostgreSQL tests skipped: set TOMARI_TEST_DATABASE_URL (README.md, "PostgreSQL for the tests")';

/** The test server's URL, or undefined when this machine has none (never in CI). */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TOMARI_TEST_DATABASE_URL;
  if (url) return url;
  if (process.env.CI) {
    throw new Error('CI must run the PostgreSQL tests: TOMARI_TEST_DATABASE_URL is not set');
  }
  return undefined;
}

/** The URL, for tests that only run where it is set (`describe.skipIf(!testDatabaseUrl())`). */
export function requireTestDatabaseUrl(): string {
  const url = testDatabaseUrl();
  if (!url) throw new Error(TEST_DATABASE_HINT);
  return url;
}

export interface TestSchema {
  url: string;
  schema: string;
  drop(): Promise<void>;
}

/** A new, empty schema on the test database, dropped with everything in it by `drop()`. */
export async function createTestSchema(): Promise<TestSchema> {
  const url = requireTestDatabaseUrl();
  const schema = `t_${randomUUID().replaceAll('-', '')}`;
  await withClient(url, (c) => c.query(`create schema ${schema}`));
  return {
    url,
    schema,
    drop: () => withClient(url, (c) => c.query(`drop schema ${schema} cascade`)).then(() => {}),
  };
}

/** Runs `work` on one short-lived connection to the test database. */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
  schema?: string,
): Promise<T> {
  const client = new pg.Client({
    connectionString: url,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
