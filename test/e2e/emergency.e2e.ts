import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../shared/domain/dates';
import { chromiumPath, launchBrowser } from './support/browser';
import { ContactPage, EmergencyIntake, TodayPage } from './support/desk-page';
import { startHostProcess, type HostProcess } from './support/host';
import { openApp } from './support/pages';

interface Saved {
  id: string;
}
interface StayValue extends Saved {
  personId: string;
  status: string;
  start: string;
  end: string;
  bedId: string;
  kind: string;
}

/**
 * The front desk's emergency path in Chromium over the browser host: intake with one bump, the
 * family on the to-contact list rebooked from an offer and marked contacted, a plan that went
 * stale between showing and committing, and a check-in at the desk.
 */
describe.skipIf(!chromiumPath)('emergency intake at the desk', () => {
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  const today = todayInJapan(new Date());
  const errors: string[] = [];

  const bed = (name: string, order: number, allows: string[], emergencyReserved = false) =>
    host.call<Saved>('beds.save', {
      bed: { name, allows, emergencyReserved, order, active: true },
    });
  const person = (familyName: string, givenName: string, kana: [string, string]) =>
    host.call<Saved>('persons.save', {
      person: {
        familyName,
        givenName,
        familyNameKana: kana[0],
        givenNameKana: kana[1],
        registration: { status: 'registered' },
        authorizations: [{ from: addDays(today, -30), to: addDays(today, 300) }],
      },
    });
  const stay = (personId: string, bedId: string, kind: string, start: string, end: string) =>
    host.call<StayValue>('stays.create', {
      draft: { personId, bedId, kind, start, end, status: 'confirmed' },
    });

  beforeAll(async () => {
    host = await startHostProcess();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.dispose();
  });

  it('takes an unregistered person in by bumping a future experience stay, then rebooks the family', async () => {
    // Every bed that takes emergencies is held: E-1 by an emergency, E-2 by an experience
    // stay from tomorrow. X-1 takes experience stays only, so it is where offers land.
    const e1 = await bed('E-1', 1, ['emergency', 'experience'], true);
    const e2 = await bed('E-2', 2, ['emergency', 'experience']);
    const x1 = await bed('X-1', 3, ['experience']);
    const held = await person('田中', '一郎', ['たなか', 'いちろう']);
    const sato = await person('佐藤', '花子', ['さとう', 'はなこ']);
    await stay(held.id, e1.id, 'emergency', addDays(today, -1), addDays(today, 10));
    const future = await stay(sato.id, e2.id, 'experience', addDays(today, 1), addDays(today, 4));

    await openApp(page, host.appUrl, '/today');
    const intake = new EmergencyIntake(page);
    await intake.openWithShortcut();
    await intake.createPerson({
      familyName: '緊急',
      givenName: '太郎',
      familyNameKana: 'きんきゅう',
      givenNameKana: 'たろう',
    });

    await intake.plan.waitFor();
    const plan = intake.plan;
    await expect.poll(() => plan.getByTestId('plan-bed').textContent()).toContain('E-2');
    const displaced = plan.getByTestId(`plan-displaced-${future.id}`);
    await expect.poll(() => displaced.textContent()).toContain('佐藤 花子');
    expect(await displaced.textContent()).toContain('延期');
    expect(await displaced.textContent()).toContain('振替候補');
    expect(await plan.getByTestId('plan-violation-NOT_REGISTERED').textContent()).toContain(
      '要登録',
    );
    expect(await plan.getByTestId('plan-reasons').textContent()).toContain('延期');

    await intake.commit();
    await intake.done.waitFor();
    expect(await intake.done.textContent()).toContain('緊急 太郎');
    await intake.close();

    const contact = new ContactPage(page);
    await contact.open(host.appUrl);
    await expect.poll(() => contact.card(future.id).textContent()).toContain('佐藤 花子');
    expect(await contact.card(future.id).textContent()).toContain('緊急受入のため');
    await contact.offer(future.id, 0).waitFor();
    expect(await contact.offer(future.id, 0).textContent()).toContain('X-1');
    await contact.bookOffer(future.id, 0);

    const stays = await host.call<StayValue[]>('stays.list', {
      from: today,
      to: addDays(today, 60),
    });
    const rebooked = stays.filter((s) => s.personId === sato.id && s.id !== future.id);
    expect(rebooked).toHaveLength(1);
    expect(rebooked[0]).toMatchObject({
      bedId: x1.id,
      kind: 'experience',
      status: 'confirmed',
      start: addDays(today, 1),
      end: addDays(today, 4),
      rebookOf: future.id,
    });
    // The card now shows the booking made, not fresh offers that invite a second one.
    expect(await contact.card(future.id).textContent()).toContain('振替の予約');
    expect(await contact.offer(future.id, 0).count()).toBe(0);
    await page.reload();
    await contact.card(future.id).getByTestId(`booked-${future.id}`).waitFor();
    expect(await contact.offer(future.id, 0).count()).toBe(0);

    await contact.markContacted(future.id);
    await contact.empty.waitFor();
    expect(await host.call<unknown[]>('stays.toContact', {})).toEqual([]);
  });

  it('shows the new plan when the bookings change between the plan and the commit', async () => {
    const s1 = await bed('S-1', 10, ['emergency', 'experience']);
    await person('鈴木', '次郎', ['すずき', 'じろう']);
    const late = await person('高橋', '三郎', ['たかはし', 'さぶろう']);

    await openApp(page, host.appUrl, '/today');
    const intake = new EmergencyIntake(page);
    await page.getByTestId('emergency-button').click();
    await intake.dialog.waitFor();
    await intake.pickPerson('すずき', '鈴木 次郎');
    await intake.plan.getByTestId('plan-nothing-displaced').waitFor();
    // S-1 was added after this tab loaded its beds: the plan shows it once the list reloads.
    await expect.poll(() => intake.plan.getByTestId('plan-bed').textContent()).toContain('S-1');

    // Meanwhile, another desk books S-1: the plan on screen no longer holds.
    const latecomer = await stay(late.id, s1.id, 'experience', today, addDays(today, 3));
    await intake.commit();
    await intake.staleNotice.waitFor();
    await intake.plan.getByTestId(`plan-displaced-${latecomer.id}`).waitFor();
    // The line appears with the stay; the name follows once it has loaded.
    await expect
      .poll(() => intake.plan.getByTestId(`plan-displaced-${latecomer.id}`).textContent())
      .toContain('高橋 三郎');
    // Nothing was applied on the stale commit.
    expect((await host.call<StayValue>('stays.get', { id: latecomer.id })).status).toBe(
      'confirmed',
    );

    await intake.commit();
    await intake.done.waitFor();
    expect((await host.call<StayValue>('stays.get', { id: latecomer.id })).status).toBe('bumped');
    await intake.close();
  });

  it('checks a guest in from today at the desk', async () => {
    const x2 = await bed('X-2', 20, ['experience']);
    const guest = await person('伊藤', '四郎', ['いとう', 'しろう']);
    const arriving = await stay(guest.id, x2.id, 'experience', today, addDays(today, 2));
    // A fresh tab, as a second desk would open it: nothing cached from the tests before.
    const tab = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    tab.on('pageerror', (e) => errors.push(e.message));
    const desk = new TodayPage(tab);
    await desk.open(host.appUrl);
    const row = desk.section('arrivalsToday').getByTestId(`desk-stay-${arriving.id}`);
    await expect.poll(() => row.textContent()).toContain('伊藤 四郎');
    expect(await row.textContent()).toContain('X-2');
    expect(await row.textContent()).toContain('体験');
    await desk.checkIn(arriving.id);
    expect((await host.call<StayValue>('stays.get', { id: arriving.id })).status).toBe('in_stay');
    await desk.section('inFacility').getByTestId(`desk-stay-${arriving.id}`).waitFor();
    expect(errors).toEqual([]);
  });
});
