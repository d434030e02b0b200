/**
 * Moving a facility between the embedded folder and PostgreSQL (a real server; skipped with a
 * hint where a machine has none, never in CI): a folder made by the app goes into an empty
 * database and back out into a folder the embedded store opens, every table the same.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTomari, type TomariRuntime } from '../../runtime';
import { folderCodecOf, openFolderKey } from '../folder-key';
import { TEST_KEYS } from '../test-fixtures';
import { bedInput, japanNoon, personInput, TEST_SECRET_COST } from '../../testing/fixture';
import { signedInAsManager } from '../../testing/signed-in';
import {
  createTestSchema,
  TEST_DATABASE_HINT,
  testDatabaseUrl,
  type TestSchema,
} from '../../testing/test-database';
import {
  differences,
  readDatabase,
  readFolder,
  summarize,
  writeDatabase,
  writeFolder,
} from './transfer';

const url = testDatabaseUrl();

async function call<T>(runtime: TomariRuntime, channel: string, input: unknown): Promise<T> {
  const answer = await runtime.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel} answered ${answer.error.code}`);
  return answer.value as T;
}

describe.skipIf(!url)(
  url ? 'moving a facility between folder and database' : TEST_DATABASE_HINT,
  () => {
    let db: TestSchema;
    let dirs: string[];
    const dir = async () => {
      const d = await mkdtemp(join(tmpdir(), 'tomari-transfer-'));
      dirs.push(d);
      return d;
    };
    beforeEach(async () => {
      db = await createTestSchema();
      dirs = [];
    });
    afterEach(async () => {
      await db.drop();
      for (const d of dirs) await rm(d, { recursive: true, force: true });
    });

    it('copies a folder into an empty database and back out, every table the same', async () => {
      const source = await dir();
      const desk = await signedInAsManager(
        await startTomari({
          keys: TEST_KEYS,
          dataDir: source,
          now: () => japanNoon('2026-05-12'),
          secretCost: TEST_SECRET_COST,
        }),
      );
      await call(desk, 'staff.save', {
        staff: {
          name: '夜勤 花子',
          nameKana: 'やきん はなこ',
          roles: ['care'],
          qualifications: [],
          active: true,
        },
        secret: 'yakin-123',
      });
      await call(desk, 'settings.update', { facilityName: 'ひだまり' });
      const bed = await call<{ id: string }>(desk, 'beds.save', { bed: bedInput('A-1', 1) });
      const person = await call<{ id: string }>(desk, 'persons.save', { person: personInput() });
      const stay = await call<{ id: string }>(desk, 'stays.create', {
        draft: {
          personId: person.id,
          bedId: bed.id,
          kind: 'experience',
          start: '2026-05-12',
          end: '2026-05-14',
          status: 'confirmed',
        },
      });
      await call(desk, 'stays.checkIn', { id: stay.id });
      await call(desk, 'training.save', {
        record: { stayId: stay.id, date: '2026-05-12', domain: 'cooking', level: 2 },
      });
      await call(desk, 'stays.saveDay', {
        stayId: stay.id,
        date: '2026-05-12',
        meals: { breakfast: false, lunch: false, dinner: true },
        pickup: true,
        dropoff: false,
      });
      await desk.close();

      const folder = await readFolder(source, await folderCodecOf(source, TEST_KEYS));
      expect(folder.trainingRecords).toHaveLength(1);
      expect(folder.stayDays).toHaveLength(1);
      expect(folder.staff).toHaveLength(2);
      expect(folder.credentials).toHaveLength(2);
      expect(folder.audit.length).toBeGreaterThan(4);
      await writeDatabase(db.url, folder, db.schema);
      const inDatabase = await readDatabase(db.url, db.schema);
      expect(differences(summarize(folder), summarize(inDatabase))).toEqual([]);

      // A second import would mix two facilities: refused, nothing added.
      await expect(writeDatabase(db.url, folder, db.schema)).rejects.toThrow('already holds');
      expect(summarize(await readDatabase(db.url, db.schema))).toEqual(summarize(inDatabase));

      const target = join(await dir(), 'exported');
      // Written sealed under a new key of its own, as every folder is.
      await writeFolder(
        target,
        inDatabase,
        async () => (await openFolderKey(target, TEST_KEYS, () => new Date())).codec,
      );
      const exported = await readFolder(target, await folderCodecOf(target, TEST_KEYS));
      expect(differences(summarize(inDatabase), summarize(exported))).toEqual([]);
      // The embedded store opens it and finds the stay with its record.
      // The manager of the folder signs in there with the same secret (no new first run).
      const care = await signedInAsManager(
        await startTomari({
          keys: TEST_KEYS,
          dataDir: target,
          now: () => japanNoon('2026-05-12'),
          secretCost: TEST_SECRET_COST,
        }),
      );
      try {
        expect(await call(care, 'stays.get', { id: stay.id })).toMatchObject({ status: 'in_stay' });
        expect(await call<unknown[]>(care, 'training.list', { stayId: stay.id })).toHaveLength(1);
        const { days } = await call<{ days: { date: string; saved: boolean }[] }>(
          care,
          'stays.days',
          { stayId: stay.id },
        );
        expect(days.filter((d) => d.saved).map((d) => d.date)).toEqual(['2026-05-12']);
        expect(await call<unknown[]>(care, 'staff.list', {})).toHaveLength(2);
      } finally {
        await care.close();
      }
    });

    it('tells a changed table apart', async () => {
      const data = await readDatabase(db.url, db.schema);
      const changed = { ...data, settings: { ...data.settings, facilityName: '別の施設' } };
      expect(differences(summarize(data), summarize(changed))).toEqual(['settings']);
    });
  },
);
