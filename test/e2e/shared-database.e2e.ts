import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { bedInput, personInput } from '../../main/testing/builders';
import {
  createTestSchema,
  TEST_DATABASE_HINT,
  testDatabaseUrl,
  type TestSchema,
} from '../../main/testing/test-database';
import { chromiumPath, launchBrowser } from './support/browser';
import { startHostProcess, type HostProcess } from './support/host';
import { WeekBoardPage } from './support/pages';

/**
 * Two PCs on one facility database: two real browser hosts (`--database`) on one PostgreSQL
 * schema. A stay booked through one shows on the other's open screen without a reload.
 * Needs a PostgreSQL server (TOMARI_TEST_DATABASE_URL) and Chromium; skipped with a hint where a
 * machine lacks either, never in CI.
 */
const url = testDatabaseUrl();

describe.skipIf(!chromiumPath || !url)(
  url ? 'two browser hosts on one PostgreSQL database' : TEST_DATABASE_HINT,
  () => {
    let db: TestSchema;
    let desk: HostProcess;
    let care: HostProcess;
    let browser: Browser;

    beforeAll(async () => {
      db = await createTestSchema();
      const database = new URL(db.url);
      database.searchParams.set('options', `-c search_path=${db.schema}`);
      desk = await startHostProcess({ database: database.toString() });
      care = await startHostProcess({ database: database.toString(), joining: desk.manager });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await desk?.dispose();
      await care?.dispose();
      await db?.drop();
    });

    it("shows a stay booked at the desk on the care room's open week board, without a reload", async () => {
      const today = todayInJapan(new Date());
      const bed = await desk.call<{ id: string }>('beds.save', { bed: bedInput('A-1', 1) });
      const person = await desk.call<{ id: string }>('persons.save', {
        person: personInput({
          familyName: '佐藤',
          givenName: '花子',
          authorizations: [{ from: addDays(today, -30), to: addDays(today, 300) }],
        }),
      });
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const board = new WeekBoardPage(page);
      await board.open(care.appUrl);
      await board.bedRow(bed.id).waitFor();
      let reloads = 0;
      page.on('load', () => reloads++);

      const stay = await desk.call<{ id: string }>('stays.create', {
        draft: {
          personId: person.id,
          bedId: bed.id,
          kind: 'experience',
          start: today,
          end: addDays(today, 2),
          status: 'confirmed',
        },
      });
      // Screens ask every second (renderer/src/api/liveChanges.ts); the wait allows for a slow CI.
      await board.stayCell(stay.id).waitFor({ timeout: 10_000 });
      // The cell comes first; its person's name follows once the board has read that person.
      await expect
        .poll(() => board.stayCell(stay.id).textContent(), { timeout: 10_000 })
        .toContain('佐藤');
      expect(reloads).toBe(0);
    });
  },
);
