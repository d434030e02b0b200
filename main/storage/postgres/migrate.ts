/**
 * Brings a database to the schema this app knows (schema.ts), at connect. A session advisory
 * lock makes PCs that start together take turns: the first migrates, the others then find
 * nothing left to do. A database migrated by a newer Tomari is refused (DATABASE_TOO_NEW)
 * before anything is read or written, so an old PC can never write records it does not know.
 */
import type { ClientBase, PoolClient } from 'pg';
import { fail } from '../../../shared/api/errors';
import type { SqlMigration } from './schema';

const MIGRATE_LOCK = `hashtext('tomari.migrate.' || current_schema())`;

/** Refuses a database whose schema version is newer than the newest migration the app has. */
export function checkSchemaVersion(found: number, known: number): void {
  if (found > known) fail('DATABASE_TOO_NEW', { found, known });
}

/** The versions applied, as recorded; empty for an empty database. */
export async function appliedVersions(client: ClientBase): Promise<number[]> {
  const exists = await client.query<{ present: boolean }>(
    `select to_regclass('tomari_schema_version') is not null as present`,
  );
  if (!exists.rows[0]?.present) return [];
  const rows = await client.query<{ version: number }>(
    'select version from tomari_schema_version order by version',
  );
  return rows.rows.map((r) => r.version);
}

export async function migrate(
  client: PoolClient,
  migrations: readonly SqlMigration[],
): Promise<{ applied: number[] }> {
  const known = migrations.reduce((v, m) => Math.max(v, m.version), 0);
  await client.query(`select pg_advisory_lock(${MIGRATE_LOCK})`);
  try {
    await client.query(
      `create table if not exists tomari_schema_version (
         version int primary key,
         description text not null,
         applied_at timestamptz not null default now()
       )`,
    );
    const done = new Set(await appliedVersions(client));
    checkSchemaVersion(Math.max(0, ...done), known);
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await client.query(
          'insert into tomari_schema_version (version, description) values ($1, $2)',
          [migration.version, migration.description],
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
      applied.push(migration.version);
    }
    return { applied };
  } finally {
    await client.query(`select pg_advisory_unlock(${MIGRATE_LOCK})`);
  }
}
