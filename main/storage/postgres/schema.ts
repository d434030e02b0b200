/**
 * The PostgreSQL store's schema, as recorded, ordered migrations. Each entry brings the database
 * from `version - 1` to `version` in one transaction; the version the app knows is the last
 * entry's. Shipped entries are never edited or reordered: a change is a new entry.
 *
 * Records are kept whole as `json`, exactly as written (the zod schemas in shared/domain/
 * schemas.ts define them, as they do the embedded store's files), beside the few columns the
 * repository's questions select and order by. Not `jsonb`: it orders an object's keys its own
 * way, and an audit entry's facts are shown and exported in the order they were given. Dates are ISO `text` (`YYYY-MM-DD`), which sorts and compares as the domain does.
 */
export interface SqlMigration {
  version: number;
  description: string;
  sql: string;
}

export const SQL_MIGRATIONS: readonly SqlMigration[] = [
  {
    version: 1,
    description: 'settings, beds, bed blocks, persons, stays, training records and the audit trail',
    sql: `
      create table settings (
        id int primary key check (id = 1),
        data json not null
      );
      create table beds (
        id text primary key,
        sort_order int not null,
        data json not null
      );
      create table bed_blocks (
        id text primary key,
        bed_id text not null,
        start_date text not null,
        end_date text not null,
        data json not null
      );
      create index bed_blocks_dates on bed_blocks (start_date, end_date);
      create table persons (
        id text primary key,
        certificate_number text,
        data json not null
      );
      create index persons_certificate on persons (certificate_number);
      create table stays (
        id text primary key,
        person_id text not null,
        bed_id text not null,
        start_date text not null,
        end_date text not null,
        status text not null,
        to_contact boolean not null,
        data json not null
      );
      create index stays_bed_dates on stays (bed_id, start_date, end_date);
      create index stays_person_dates on stays (person_id, start_date);
      create index stays_dates on stays (start_date, end_date);
      create index stays_to_contact on stays (to_contact) where to_contact;
      create table training_records (
        id text primary key,
        stay_id text not null,
        record_date text not null,
        domain text not null,
        data json not null
      );
      create index training_records_stay on training_records (stay_id, record_date, domain);
      create table audit (
        seq bigserial primary key,
        entity_id text,
        data json not null
      );
      create index audit_entity on audit (entity_id, seq);
    `,
  },
  {
    version: 2,
    description:
      'staff, their hashed secrets and sign-in counters; day facts of stays; audit entries by time',
    sql: `
      create table staff (
        id text primary key,
        data json not null
      );
      create table credentials (
        staff_id text primary key,
        data json not null
      );
      create table sign_in_states (
        staff_id text primary key,
        data json not null
      );
      alter table audit add column at timestamptz;
      update audit set at = (data->>'at')::timestamptz;
      alter table audit alter column at set not null;
      create index audit_at on audit (at);
      create table stay_days (
        id text primary key,
        stay_id text not null,
        day_date text not null,
        data json not null
      );
      create index stay_days_stay on stay_days (stay_id, day_date);
      create index stay_days_date on stay_days (day_date);
    `,
  },
];

export const DATABASE_SCHEMA_VERSION = SQL_MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);
