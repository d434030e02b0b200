/**
 * The PostgreSQL `Repository`: the same questions as the embedded store (main/storage/
 * lowdb-repository.ts), answered with SQL over the tables of schema.ts, and the same order of
 * results. Records are stored whole as json and read back through their zod schemas.
 *
 * Concurrency (docs/postgres.md): every transaction that changes data first takes one
 * facility-wide advisory lock, so writers run one at a time across all PCs exactly as they do
 * in the embedded store inside one process; a booking's check and its write therefore can never
 * interleave with another PC's. Readers never wait for it.
 */
import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';
import { personMatches } from '../../../shared/domain/kana';
import {
  auditEntrySchema,
  bedBlockSchema,
  bedSchema,
  DEFAULT_SETTINGS,
  personSchema,
  settingsSchema,
  staySchema,
  trainingRecordSchema,
  type AuditEntry,
  type Bed,
  type BedBlock,
  type Person,
  type Settings,
  type Stay,
  type TrainingRecord,
} from '../../../shared/domain/schemas';
import type { DataKind } from '../../../shared/api/contract';
import { stayDaySchema, type StayDay } from '../../../shared/domain/stay-day';
import {
  byReading,
  credentialSchema,
  signInStateSchema,
  staffSchema,
  type Credential,
  type SignInState,
  type Staff,
} from '../../../shared/domain/staff';
import { validateChangeSet } from '../change-set';
import { byKana } from '../lowdb-repository';
import type { AuditQuery, ChangeSet, DateRange, Repository } from '../repository';
import { createSerialQueue, type SerialQueue } from '../serial-queue';
import { asServiceError, asWriteError } from './database-errors';

/** What both a pool and one checked-out client can do. */
interface Queryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/** The channel changes are announced on (LISTEN/NOTIFY), one per schema. */
export function changeChannel(schema: string): string {
  return `tomari_changes_${schema}`;
}

/** The advisory lock every writing transaction takes (one per schema: one per facility). */
const WRITE_LOCK = `select pg_advisory_xact_lock(hashtext('tomari.write.' || current_schema()))`;

/** The data kinds (shared/api/contract.ts) a change set touches: what other PCs refresh. */
export function kindsOf(changes: ChangeSet): DataKind[] {
  const kinds = new Set<DataKind>();
  if (changes.settings) kinds.add('settings');
  if (changes.beds?.length || changes.bedBlocks?.length || changes.deleteBedBlockIds?.length) {
    kinds.add('beds');
  }
  if (changes.persons?.length || changes.deletePersonIds?.length) kinds.add('persons');
  if (changes.staff?.length || changes.credentials?.length || changes.signInStates?.length) {
    kinds.add('staff');
  }
  if (changes.stays?.length || changes.deleteStayIds?.length) kinds.add('stays');
  if (
    changes.trainingRecords?.length ||
    changes.deleteTrainingRecordIds?.length ||
    changes.deleteStayIds?.length
  ) {
    kinds.add('training');
  }
  if (changes.stayDays?.length || changes.deleteStayIds?.length) kinds.add('days');
  return [...kinds];
}

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return asServiceError(error);
  }
}

function rowsOf<T>(schema: { parse(raw: unknown): T }, rows: { data: unknown }[]): T[] {
  return rows.map((row) => schema.parse(row.data));
}

export interface PgRepositoryOptions {
  pool: Pool;
  schema: string;
  /** This process's mark on its own announcements, so its listener can tell them apart. */
  origin: string;
  /**
   * This process's writing transactions, one at a time: they would wait for each other on the
   * write lock anyway, and queued here they wait without holding a pooled connection (whose
   * wait is bounded by the connect timeout) — a burst of changes queues instead of failing.
   */
  writes: SerialQueue;
  /** Called after a transaction that changed data has committed (this PC's own change). */
  onCommitted?: (kinds: DataKind[]) => void;
}

export class PgRepository implements Repository {
  readonly #db: Queryable;
  readonly #options: PgRepositoryOptions;
  /** Set when this repository is bound to an open transaction. */
  readonly #inTransaction: boolean;
  /** Kinds changed by `apply` inside the open transaction, announced at commit. */
  readonly #changed: Set<DataKind> | undefined;

  constructor(options: PgRepositoryOptions, client?: PoolClient, changed?: Set<DataKind>) {
    this.#options = options;
    if (client) {
      // One connection runs one statement at a time: a service's parallel reads inside its
      // transaction wait their turn here rather than in the client's deprecated queue.
      const turn = createSerialQueue();
      this.#db = { query: (text, values) => turn(() => client.query(text, values)) };
    } else {
      this.#db = options.pool;
    }
    this.#inTransaction = client !== undefined;
    this.#changed = changed;
  }

  async #rows(text: string, values: unknown[] = []): Promise<{ data: unknown }[]> {
    return run(async () => (await this.#db.query<{ data: unknown }>(text, values)).rows);
  }

  async getSettings(): Promise<Settings> {
    const rows = await this.#rows('select data from settings where id = 1');
    return rows[0] ? settingsSchema.parse(rows[0].data) : structuredClone(DEFAULT_SETTINGS);
  }

  async listBeds(): Promise<Bed[]> {
    return rowsOf(bedSchema, await this.#rows('select data from beds order by sort_order, id'));
  }

  async getBed(id: string): Promise<Bed | undefined> {
    return rowsOf(bedSchema, await this.#rows('select data from beds where id = $1', [id]))[0];
  }

  async blocksInRange(range: DateRange, bedId?: string): Promise<BedBlock[]> {
    const rows = await this.#rows(
      `select data from bed_blocks
        where start_date <= $1 and end_date > $2 and ($3::text is null or bed_id = $3)
        order by start_date, id`,
      [range.to, range.from, bedId ?? null],
    );
    return rowsOf(bedBlockSchema, rows);
  }

  async getPerson(id: string): Promise<Person | undefined> {
    return rowsOf(
      personSchema,
      await this.#rows('select data from persons where id = $1', [id]),
    )[0];
  }

  async searchPersons(text: string): Promise<Person[]> {
    // Kana folding (shared/domain/kana.ts) is the domain's own: compared here, not in SQL.
    const all = rowsOf(personSchema, await this.#rows('select data from persons'));
    const found = text.trim() === '' ? all : all.filter((p) => personMatches(p, text));
    return found.sort(byKana);
  }

  async personsWithCertificate(certificateNumber: string): Promise<Person[]> {
    const rows = await this.#rows('select data from persons where certificate_number = $1', [
      certificateNumber,
    ]);
    return rowsOf(personSchema, rows).sort(byKana);
  }

  async getStay(id: string): Promise<Stay | undefined> {
    return rowsOf(staySchema, await this.#rows('select data from stays where id = $1', [id]))[0];
  }

  async staysInRange(
    range: DateRange,
    filter: { bedId?: string; personId?: string } = {},
  ): Promise<Stay[]> {
    const rows = await this.#rows(
      `select data from stays
        where start_date <= $1 and end_date >= $2
          and ($3::text is null or bed_id = $3) and ($4::text is null or person_id = $4)
        order by start_date, id`,
      [range.to, range.from, filter.bedId ?? null, filter.personId ?? null],
    );
    return rowsOf(staySchema, rows);
  }

  async staysToContact(): Promise<Stay[]> {
    const rows = await this.#rows(
      'select data from stays where to_contact order by start_date, id',
    );
    return rowsOf(staySchema, rows);
  }

  async trainingRecordsOfStay(stayId: string): Promise<TrainingRecord[]> {
    const rows = await this.#rows(
      'select data from training_records where stay_id = $1 order by record_date, domain',
      [stayId],
    );
    return rowsOf(trainingRecordSchema, rows);
  }

  async getTrainingRecord(id: string): Promise<TrainingRecord | undefined> {
    const rows = await this.#rows('select data from training_records where id = $1', [id]);
    return rowsOf(trainingRecordSchema, rows)[0];
  }

  async auditOf(entityId: string): Promise<AuditEntry[]> {
    const rows = await this.#rows('select data from audit where entity_id = $1 order by seq desc', [
      entityId,
    ]);
    return rowsOf(auditEntrySchema, rows);
  }

  async stayDaysOfStay(stayId: string): Promise<StayDay[]> {
    const rows = await this.#rows(
      'select data from stay_days where stay_id = $1 order by day_date',
      [stayId],
    );
    return rowsOf(stayDaySchema, rows);
  }

  async stayDaysInRange(range: DateRange, stayIds: readonly string[]): Promise<StayDay[]> {
    if (stayIds.length === 0) return [];
    // By stay then date, ids compared by code unit as the embedded store does (collate "C").
    const rows = await this.#rows(
      `select data from stay_days
        where stay_id = any($1) and day_date >= $2 and day_date <= $3
        order by stay_id collate "C", day_date`,
      [[...stayIds], range.from, range.to],
    );
    return rowsOf(stayDaySchema, rows);
  }

  async auditEntries(query: AuditQuery): Promise<AuditEntry[]> {
    const rows = await this.#rows(
      `select data from audit
        where at >= $1::timestamptz and at < $2::timestamptz
          and ($3::text is null or data->>'actor' = $3)
          and ($4::text is null or data->>'entity' = $4)
          and ($5::text is null or data->>'action' = $5 or starts_with(data->>'action', $5 || '.'))
          and ($6::text[] is null or entity_id = any($6) or data->'facts'->>'stayId' = any($7))
        order by seq desc offset $8 limit $9`,
      [
        query.from,
        query.to,
        query.actor ?? null,
        query.entity ?? null,
        query.action ?? null,
        query.about ? [...query.about] : null,
        [...(query.ofStays ?? [])],
        query.offset,
        query.limit,
      ],
    );
    return rowsOf(auditEntrySchema, rows);
  }

  async listStaff(): Promise<Staff[]> {
    return rowsOf(staffSchema, await this.#rows('select data from staff')).sort(byReading);
  }

  async getStaff(id: string): Promise<Staff | undefined> {
    return rowsOf(staffSchema, await this.#rows('select data from staff where id = $1', [id]))[0];
  }

  async getCredential(staffId: string): Promise<Credential | undefined> {
    const rows = await this.#rows('select data from credentials where staff_id = $1', [staffId]);
    return rowsOf(credentialSchema, rows)[0];
  }

  async getSignInState(staffId: string): Promise<SignInState | undefined> {
    const rows = await this.#rows('select data from sign_in_states where staff_id = $1', [staffId]);
    return rowsOf(signInStateSchema, rows)[0];
  }

  async apply(changes: ChangeSet): Promise<void> {
    const valid = validateChangeSet(changes);
    if (this.#inTransaction) {
      await writeChangeSet(this.#db, valid).catch(asWriteError);
      for (const kind of kindsOf(valid)) this.#changed?.add(kind);
      return;
    }
    await this.transaction((repo) => repo.apply(valid));
  }

  transaction<T>(work: (repo: Repository) => Promise<T>): Promise<T> {
    if (this.#inTransaction) throw new Error('transaction() is not re-entrant');
    return this.#options.writes(() => this.#transaction(work));
  }

  async #transaction<T>(work: (repo: Repository) => Promise<T>): Promise<T> {
    const { pool, schema } = this.#options;
    const client = await run(() => pool.connect());
    let broken = false;
    try {
      await run(async () => {
        await client.query('begin');
        await client.query(WRITE_LOCK);
      });
      const changed = new Set<DataKind>();
      const value = await work(new PgRepository(this.#options, client, changed));
      await run(async () => {
        if (changed.size > 0) {
          // Delivered to every listener at commit, and only if the commit happens.
          await client.query('select pg_notify($1, $2)', [
            changeChannel(schema),
            JSON.stringify({ origin: this.#options.origin, kinds: [...changed] }),
          ]);
        }
        await client.query('commit');
      });
      if (changed.size > 0) this.#options.onCommitted?.([...changed]);
      return value;
    } catch (error) {
      try {
        await client.query('rollback');
      } catch {
        // The connection is gone: the server rolls back by itself. Drop it from the pool.
        broken = true;
      }
      return asWriteError(error);
    } finally {
      client.release(broken);
    }
  }
}

/** Rows per statement: a booking's change set is one statement per table, an import a few hundred. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts rows, many to a statement (`values (…), (…)`), in their order. With `conflict`, a row
 * whose key is taken replaces it; a key given twice keeps its last row, as the embedded store's
 * upsert does (one statement may not touch a row twice).
 */
export async function insertRows(
  db: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  conflict?: { key: string },
): Promise<void> {
  let list = rows;
  if (conflict) {
    const at = columns.indexOf(conflict.key);
    const last = new Map(rows.map((row, i) => [row[at], i]));
    list = rows.filter((row, i) => last.get(row[at]) === i);
  }
  const set = columns
    .filter((c) => c !== conflict?.key)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const onConflict = conflict ? ` on conflict (${conflict.key}) do update set ${set}` : '';
  for (let from = 0; from < list.length; from += ROWS_PER_STATEMENT) {
    const chunk = list.slice(from, from + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await db.query(
      `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}${onConflict}`,
      params,
    );
  }
}

/**
 * Writes one validated change set: upserts by id, then removals, then the audit entries, in
 * the open transaction (all of it lands at commit, or none of it).
 */
export async function writeChangeSet(db: Queryable, changes: ChangeSet): Promise<void> {
  const upsert = (
    table: string,
    columns: string[],
    rows: { id: string; values: unknown[]; data: unknown }[],
  ) =>
    insertRows(
      db,
      table,
      ['id', ...columns, 'data'],
      rows.map((row) => [row.id, ...row.values, JSON.stringify(row.data)]),
      { key: 'id' },
    );

  if (changes.settings) {
    await db.query(
      `insert into settings (id, data) values (1, $1)
         on conflict (id) do update set data = excluded.data`,
      [JSON.stringify(changes.settings)],
    );
  }
  await upsert(
    'beds',
    ['sort_order'],
    (changes.beds ?? []).map((b) => ({ id: b.id, values: [b.order], data: b })),
  );
  if (changes.deleteBedBlockIds?.length) {
    await db.query('delete from bed_blocks where id = any($1)', [changes.deleteBedBlockIds]);
  }
  await upsert(
    'bed_blocks',
    ['bed_id', 'start_date', 'end_date'],
    (changes.bedBlocks ?? []).map((b) => ({
      id: b.id,
      values: [b.bedId, b.start, b.end],
      data: b,
    })),
  );
  await upsert(
    'persons',
    ['certificate_number'],
    (changes.persons ?? []).map((p) => ({
      id: p.id,
      values: [p.certificateNumber ?? null],
      data: p,
    })),
  );
  await upsert(
    'stays',
    ['person_id', 'bed_id', 'start_date', 'end_date', 'status', 'to_contact'],
    (changes.stays ?? []).map((s) => ({
      id: s.id,
      values: [
        s.personId,
        s.bedId,
        s.start,
        s.end,
        s.status,
        s.status === 'bumped' && s.contactedAt === undefined,
      ],
      data: s,
    })),
  );
  await upsert(
    'training_records',
    ['stay_id', 'record_date', 'domain'],
    (changes.trainingRecords ?? []).map((r) => ({
      id: r.id,
      values: [r.stayId, r.date, r.domain],
      data: r,
    })),
  );
  if (changes.deleteTrainingRecordIds?.length) {
    await db.query('delete from training_records where id = any($1)', [
      changes.deleteTrainingRecordIds,
    ]);
  }
  await upsert(
    'stay_days',
    ['stay_id', 'day_date'],
    (changes.stayDays ?? []).map((d) => ({ id: d.id, values: [d.stayId, d.date], data: d })),
  );
  await upsert(
    'staff',
    [],
    (changes.staff ?? []).map((s) => ({ id: s.id, values: [], data: s })),
  );
  for (const [table, list] of [
    ['credentials', changes.credentials ?? []],
    ['sign_in_states', changes.signInStates ?? []],
  ] as const) {
    const rows = list.map((item) => [item.staffId, JSON.stringify(item)]);
    await insertRows(db, table, ['staff_id', 'data'], rows, { key: 'staff_id' });
  }
  // An erase (docs/retention.md): the stays with their records and days, then the persons. In
  // the one transaction, so it lands whole or not at all.
  if (changes.deleteStayIds?.length) {
    for (const table of ['training_records', 'stay_days']) {
      await db.query(`delete from ${table} where stay_id = any($1)`, [changes.deleteStayIds]);
    }
    await db.query('delete from stays where id = any($1)', [changes.deleteStayIds]);
  }
  if (changes.deletePersonIds?.length) {
    await db.query('delete from persons where id = any($1)', [changes.deletePersonIds]);
  }
  // In their order: the trail's sequence numbers follow it.
  await insertRows(
    db,
    'audit',
    ['entity_id', 'at', 'data'],
    changes.audit.map((entry) => [entry.entityId ?? null, entry.at, JSON.stringify(entry)]),
  );
}
