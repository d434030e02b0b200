/**
 * Every place the accessibility check visits: the top-level screens (the tabs), the screens
 * reached from them, and the dialogs the desk works in. One list for the e2e test
 * (test/e2e/accessibility.e2e.ts) and the audit tool (test/tools/a11y-audit.ts), so a new
 * screen added here is checked by both.
 */
import type { Page } from 'playwright-core';
import { NAV_VIEWS } from '../../../renderer/src/app/views';
import { addDays } from '../../../shared/domain/dates';
import { seedDemoMonth } from '../../tools/demo-month';
import { fillDate } from './date-field';
import type { HostProcess } from './host';

/** What a visit needs from the facility it runs on. */
export interface A11yFacility {
  /** The address the browser host gave, without its fragment. */
  baseUrl: string;
  personId: string;
  /** A stay shown on the calendar this month (opened in the stay panel and its record). */
  stayId: string;
  /** A booking arriving tomorrow (its panel offers 日程を変更), and tomorrow's date. */
  bookingId: string;
  tomorrow: string;
}

/**
 * The demo facility (a month of every kind of stay, fictional people) with 20 beds, as the
 * desk has: on a 1366×768 screen the bed rows then scroll, as they do at work.
 */
export async function seedA11yFacility(host: HostProcess, today: string): Promise<A11yFacility> {
  const call = <T>(channel: string, input: unknown) => host.call<T>(channel, input);
  await seedDemoMonth(call, today);
  const extraBeds: { id: string }[] = [];
  for (let i = 0; i < 12; i++) {
    const bed = await call<{ id: string }>('beds.save', {
      bed: {
        name: `${201 + Math.floor(i / 2)}-${'AB'[i % 2]}`,
        room: `${201 + Math.floor(i / 2)}号室`,
        allows: ['emergency', 'experience'],
        emergencyReserved: false,
        order: 100 + i,
        active: true,
      },
    });
    extraBeds.push(bed);
  }
  const persons = await call<{ id: string }[]>('persons.search', {});
  const stays = await call<{ id: string; status: string; start: string }[]>('stays.list', {
    from: today,
    to: addDays(today, 1),
  });
  // A guest who arrived today: their bar is on this month's calendar whatever the date.
  const stay = stays.find((s) => s.status === 'in_stay' && s.start === today);
  if (!persons[0] || !stay) throw new Error('the demo facility has no person or arrival today');
  const tomorrow = addDays(today, 1);
  // Someone with no other stay, so that longer dates break only the length rule.
  const newcomer = await call<{ id: string }>('persons.save', {
    person: {
      familyName: '松本',
      givenName: 'さくら',
      familyNameKana: 'まつもと',
      givenNameKana: 'さくら',
      registration: { status: 'registered' },
      authorizations: [{ from: addDays(today, -30), to: addDays(today, 200) }],
    },
  });
  const booking = await call<{ id: string }>('stays.create', {
    draft: {
      personId: newcomer.id,
      bedId: extraBeds[0]!.id,
      kind: 'experience',
      start: tomorrow,
      end: addDays(today, 3),
    },
  });
  return {
    baseUrl: host.url,
    personId: persons[0].id,
    stayId: stay.id,
    bookingId: booking.id,
    tomorrow,
  };
}

export interface A11yPlace {
  name: string;
  /** Shows the place from wherever the page is; resolves once it has settled. */
  show(page: Page, facility: A11yFacility): Promise<void>;
}

/** Goes to a route and waits for its heading and for its data to be in. */
async function showRoute(page: Page, baseUrl: string, route: string): Promise<void> {
  await page.goto(`${baseUrl}#${route}`);
  await page.locator('main h1').first().waitFor();
  await settle(page);
}

/** Waits until nothing is loading: no request in flight and no progress indicator. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached' });
  // Transitions (dialogs fading in) end before axe looks at colours.
  await page.waitForTimeout(300);
}

const screens: A11yPlace[] = NAV_VIEWS.map(({ id, path }) => ({
  name: id,
  show: (page, { baseUrl }) => showRoute(page, baseUrl, path),
}));

export const A11Y_PLACES: A11yPlace[] = [
  ...screens,
  {
    name: 'persons/new',
    show: (page, { baseUrl }) => showRoute(page, baseUrl, '/persons/new'),
  },
  {
    name: 'person record',
    show: (page, { baseUrl, personId }) => showRoute(page, baseUrl, `/persons/${personId}`),
  },
  {
    name: 'persons readiness',
    async show(page, { baseUrl }) {
      await showRoute(page, baseUrl, '/persons');
      await page.getByTestId('readiness-tab').click();
      await page.getByTestId('readiness-list').waitFor();
      await settle(page);
    },
  },
  {
    name: 'emergency sheet',
    async show(page, { baseUrl, personId }) {
      // A print page: no app bar and no main heading, only the sheet.
      await page.goto(`${baseUrl}#/print/emergency-sheet/${personId}`);
      await page.locator('[data-print-ready]').waitFor();
      await settle(page);
    },
  },
  {
    name: 'stay record',
    show: (page, { baseUrl, stayId }) => showRoute(page, baseUrl, `/stays/${stayId}/record`),
  },
  {
    // The printed one-page summary, as the screen shows it before printing.
    name: 'summary print page',
    async show(page, { baseUrl, stayId }) {
      await page.goto(`${baseUrl}#/print/summary/${stayId}`);
      await page.locator('h1').first().waitFor();
      await settle(page);
    },
  },
  {
    name: 'booking dialog',
    async show(page, { baseUrl }) {
      await showRoute(page, baseUrl, '/calendar');
      await page.getByTestId('calendar-new-booking').click();
      await page.getByTestId('booking-dialog').waitFor();
      await settle(page);
    },
  },
  {
    name: 'emergency dialog',
    async show(page, { baseUrl }) {
      await showRoute(page, baseUrl, '/calendar');
      await page.getByTestId('emergency-button').click();
      await page.getByTestId('emergency-dialog').waitFor();
      await settle(page);
    },
  },
  {
    name: 'stay panel',
    async show(page, { baseUrl, stayId }) {
      await showRoute(page, baseUrl, '/calendar');
      await page.getByTestId(`calendar-stay-${stayId}`).click();
      await page.getByTestId('stay-panel').waitFor();
      await settle(page);
    },
  },
  {
    // A booking not started, from 本日の受付, with new dates that need a written reason: the
    // panel shows 日程を変更's check, its reason field and what stops the button.
    name: 'stay panel, dates changed',
    async show(page, { baseUrl, bookingId, tomorrow }) {
      await showRoute(page, baseUrl, '/today');
      await page.getByTestId(`desk-open-${bookingId}`).click();
      const editor = page.getByTestId('stay-dates-editor');
      await editor.waitFor();
      const language = await page.evaluate(() => document.documentElement.lang);
      await fillDate(
        editor.getByTestId('stay-dates-end'),
        addDays(tomorrow, 9),
        language === 'en' ? 'en' : 'ja',
      );
      await editor.getByTestId('override-reason-EXPERIENCE_STAY_LENGTH').waitFor();
      await settle(page);
    },
  },
];
