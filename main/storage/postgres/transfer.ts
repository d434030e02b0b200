/**
 * Moving a facility's data between the embedded folder and a PostgreSQL database
 * (`npm run data -- import|export`, main/host/data-cli.ts). Both directions read everything,
 * write it, read back what they wrote, and compare per table the number of records and a
 * SHA-256 of their content (records in id order, keys sorted; the audit trail in its order):
 * a summary that does not match is an error, not a warning.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
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
import { stayDaySchema, type StayDay } from '../../../shared/domain/stay-day';
import {
  credentialSchema,
  signInStateSchema,
  staffSchema,
  type Credential,
  type SignInState,
  type Staff,
} from '../../../shared/domain/staff';
import { checkAuditText } from '../audit-log';
import {
  AUDIT_FILE,
  LEGACY_STAYS_FILE,
  MASTER_FILE,
  partitionOfFile,
  staysFileName,
  stayPartitionOf,
  trainingFileName,
  trainingPartitionOf,
} from '../data-files';
import { decodeDataFile } from '../decode-file';
import { readTextIfExists, writeFileDurably } from '../durable-file';
import { readStoredFile, storedFileBytes, type FileCodec } from '../file-codec';
import { JOURNAL_FILE, journalIsEmpty } from '../journal';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations';
import { emptyMaster } from '../open-data-file';
import { ensurePrivateDir } from '../private-files';
import { openPgStore } from './pg-store';
import { writeChangeSet } from './pg-repository';

/** The database holds a facility's data already: an import would mix two facilities. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('the database already holds facility data: import only into an empty one');
    this.name = 'DatabaseNotEmptyError';
  }
}

export interface FacilityData {
  settings: Settings;
  beds: Bed[];
  bedBlocks: BedBlock[];
  persons: Person[];
  stays: Stay[];
  trainingRecords: TrainingRecord[];
  /** Day facts of stays (日々の記録). */
  stayDays: StayDay[];
  staff: Staff[];
  /** Hashed secrets (shared/domain/staff.ts): staff sign in after the move as before. */
  credentials: Credential[];
  signInStates: SignInState[];
  audit: AuditEntry[];
}

export type TableName = Exclude<keyof FacilityData, 'settings'> | 'settings';
export type Summary = Record<TableName, { count: number; sha256: string }>;

/** JSON with every object's keys sorted: the same record gives the same text from either store. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function digest(records: readonly unknown[]): { count: number; sha256: string } {
  const hash = createHash('sha256');
  for (const record of records) hash.update(`${canonical(record)}\n`);
  return { count: records.length, sha256: hash.digest('hex') };
}

const byKey = <T>(list: readonly T[], key: (item: T) => string) =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const byId = <T extends { id: string }>(list: readonly T[]) => byKey(list, (item) => item.id);
const byStaffId = <T extends { staffId: string }>(list: readonly T[]) =>
  byKey(list, (item) => item.staffId);

export function summarize(data: FacilityData): Summary {
  return {
    settings: digest([data.settings]),
    beds: digest(byId(data.beds)),
    bedBlocks: digest(byId(data.bedBlocks)),
    persons: digest(byId(data.persons)),
    stays: digest(byId(data.stays)),
    trainingRecords: digest(byId(data.trainingRecords)),
    stayDays: digest(byId(data.stayDays)),
    staff: digest(byId(data.staff)),
    credentials: digest(byStaffId(data.credentials)),
    signInStates: digest(byStaffId(data.signInStates)),
    audit: digest(data.audit),
  };
}

/** The tables whose summaries differ (empty: the copy is exact). */
export function differences(a: Summary, b: Summary): TableName[] {
  return (Object.keys(a) as TableName[]).filter(
    (t) => a[t].count !== b[t].count || a[t].sha256 !== b[t].sha256,
  );
}

/**
 * Everything in a data folder (the live one while Tomari is closed, or a backup), validated and
 * migrated as the embedded store reads it; nothing in the folder is changed, and a folder whose
 * journal still holds a change is refused (see below). A damaged file is
 * an error. Audit lines torn by a crash (entries of changes that never happened) are left out,
 * as the store leaves them out; `tornAuditLines` says how many. The folder's files are sealed:
 * `codec` opens them with the folder's key (`folderCodecOf`, main/storage/folder-key.ts).
 */
export async function readFolder(
  dir: string,
  codec: FileCodec,
): Promise<FacilityData & { tornAuditLines: number }> {
  // A change answered but not yet in its files (Tomari stopped by a crash, not started since) is
  // only in the journal: the files alone would lose it. Tomari applies it at its next start.
  if (!(await journalIsEmpty(dir))) {
    throw new Error(
      `${JOURNAL_FILE} holds a change not yet in the folder's files: start Tomari on the folder once (it applies it), then try again`,
    );
  }
  const readIfExists = (name: string) => readStoredFile(codec, join(dir, name));
  const masterText = await readIfExists(MASTER_FILE);
  const master = masterText
    ? decodeDataFile('master', masterText, MIGRATIONS).data
    : emptyMaster(SCHEMA_VERSION);
  // A folder from before stays were split by fiscal year has them all in one file.
  const legacyText = await readIfExists(LEGACY_STAYS_FILE);
  const stays: Stay[] = legacyText
    ? decodeDataFile('stays', legacyText, MIGRATIONS).data.stays
    : [];
  const trainingRecords: TrainingRecord[] = [];
  const stayDays: StayDay[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const partition = partitionOfFile(name);
    if (!partition) continue;
    const text = (await readIfExists(name)) ?? '';
    if (partition.kind === 'stays') {
      stays.push(...decodeDataFile('stays', text, MIGRATIONS, partition.fiscalYear).data.stays);
    } else {
      const { records, days } = decodeDataFile(
        'training',
        text,
        MIGRATIONS,
        partition.fiscalYear,
      ).data;
      trainingRecords.push(...records);
      stayDays.push(...days);
    }
  }
  const auditText = (await readTextIfExists(join(dir, AUDIT_FILE))) ?? '';
  const audit = checkAuditText(codec, auditText);
  if (audit.badLines > 0) {
    throw new Error(`${AUDIT_FILE} has ${audit.badLines} damaged lines: restore it first`);
  }
  return {
    settings: master.settings,
    beds: master.beds,
    bedBlocks: master.bedBlocks,
    persons: master.persons,
    stays,
    trainingRecords,
    stayDays,
    staff: master.staff,
    credentials: master.credentials,
    signInStates: master.signInStates,
    audit: audit.entries,
    tornAuditLines: audit.tornLines,
  };
}

/**
 * Writes a data folder the embedded store opens, sealed like every folder: `openKey` gives the
 * new folder its key once it is known to be empty (`openFolderKey` keeps a new data key and
 * writes the keyring). The folder must be new or empty.
 */
export async function writeFolder(
  dir: string,
  data: FacilityData,
  openKey: () => Promise<FileCodec>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty`);
  await ensurePrivateDir(dir);
  const codec = await openKey();
  const write = (name: string, value: unknown) =>
    writeFileDurably(
      join(dir, name),
      storedFileBytes(codec, name, Buffer.from(`${JSON.stringify(value)}\n`)),
    );
  const { settings, beds, bedBlocks, persons, staff, credentials, signInStates } = data;
  const version = SCHEMA_VERSION;
  await write(MASTER_FILE, {
    schemaVersion: version,
    settings,
    beds,
    bedBlocks,
    persons,
    staff,
    credentials,
    signInStates,
  });
  const groups = <T>(list: readonly T[], yearOf: (item: T) => number) => {
    const byYear = new Map<number, T[]>();
    for (const item of list) {
      const year = yearOf(item);
      const bucket = byYear.get(year);
      if (bucket) bucket.push(item);
      else byYear.set(year, [item]);
    }
    return byYear;
  };
  for (const [fy, stays] of groups(data.stays, stayPartitionOf)) {
    await write(staysFileName(fy), { schemaVersion: version, stays });
  }
  // Records and day facts share the fiscal year's file.
  const records = groups(data.trainingRecords, (r) => trainingPartitionOf(r.date));
  const days = groups(data.stayDays, (d) => trainingPartitionOf(d.date));
  for (const fy of new Set([...records.keys(), ...days.keys()])) {
    await write(trainingFileName(fy), {
      schemaVersion: version,
      records: records.get(fy) ?? [],
      days: days.get(fy) ?? [],
    });
  }
  // One sealed line per entry, as the store appends them.
  await writeFileDurably(
    join(dir, AUDIT_FILE),
    data.audit.map((e) => `${codec.encodeLine(AUDIT_FILE, [JSON.stringify(e)])}\n`).join(''),
  );
}

/** Everything in the database, read through the same schemas as the repository reads it. */
export async function readDatabase(url: string, schema?: string): Promise<FacilityData> {
  // Opening migrates an empty database and refuses a newer one, as the app does.
  const store = await openPgStore({ url, ...(schema ? { schema } : {}) });
  await store.close();
  const client = new pg.Client({
    connectionString: url,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    const rows = async (sql: string) =>
      (await client.query<{ data: unknown }>(sql)).rows.map((r) => r.data);
    const settings = (await rows('select data from settings where id = 1'))[0];
    return {
      settings: settings ? settingsSchema.parse(settings) : structuredClone(DEFAULT_SETTINGS),
      beds: (await rows('select data from beds')).map((r) => bedSchema.parse(r)),
      bedBlocks: (await rows('select data from bed_blocks')).map((r) => bedBlockSchema.parse(r)),
      persons: (await rows('select data from persons')).map((r) => personSchema.parse(r)),
      stays: (await rows('select data from stays')).map((r) => staySchema.parse(r)),
      trainingRecords: (await rows('select data from training_records')).map((r) =>
        trainingRecordSchema.parse(r),
      ),
      stayDays: (await rows('select data from stay_days')).map((r) => stayDaySchema.parse(r)),
      staff: (await rows('select data from staff')).map((r) => staffSchema.parse(r)),
      credentials: (await rows('select data from credentials')).map((r) =>
        credentialSchema.parse(r),
      ),
      signInStates: (await rows('select data from sign_in_states')).map((r) =>
        signInStateSchema.parse(r),
      ),
      audit: (await rows('select data from audit order by seq')).map((r) =>
        auditEntrySchema.parse(r),
      ),
    };
  } finally {
    await client.end();
  }
}

/**
 * Copies everything into a database that holds no facility data yet (it is migrated first), in
 * one transaction under the write lock: another PC sees all of it or none.
 */
export async function writeDatabase(
  url: string,
  data: FacilityData,
  schema?: string,
): Promise<void> {
  // Opening migrates the database (or refuses a newer one), as the app does.
  await (await openPgStore({ url, ...(schema ? { schema } : {}) })).close();
  const client = new pg.Client({
    connectionString: url,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `select pg_advisory_xact_lock(hashtext('tomari.write.' || current_schema()))`,
    );
    const held = await client.query<{ n: string }>(
      `select (select count(*) from settings) + (select count(*) from beds)
            + (select count(*) from bed_blocks) + (select count(*) from persons)
            + (select count(*) from stays) + (select count(*) from training_records)
            + (select count(*) from stay_days) + (select count(*) from staff)
            + (select count(*) from credentials) + (select count(*) from sign_in_states)
            + (select count(*) from audit) as n`,
    );
    if (Number(held.rows[0]?.n ?? 0) > 0) {
      throw new DatabaseNotEmptyError();
    }
    await writeChangeSet(client, {
      settings: data.settings,
      beds: data.beds,
      bedBlocks: data.bedBlocks,
      persons: data.persons,
      stays: data.stays,
      trainingRecords: data.trainingRecords,
      stayDays: data.stayDays,
      staff: data.staff,
      credentials: data.credentials,
      signInStates: data.signInStates,
      audit: data.audit,
    });
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
