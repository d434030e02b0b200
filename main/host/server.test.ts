import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/api/contract';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';
import { startHost, type RunningHost } from './server';

const TOKEN = 'test-token-123';
let f: Fixture;
let host: RunningHost;
let staticDir: string;

beforeAll(async () => {
  f = await createFixture('2026-05-12');
  staticDir = await mkdtemp(join(tmpdir(), 'tomari-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Tomari</title>');
  host = await startHost({
    dispatch: (c, i, caller) => f.runtime.dispatch(c, i, caller),
    token: TOKEN,
    staticDir,
    port: 0,
  });
});
afterAll(async () => {
  await host.close();
  await f.dispose();
  await rm(staticDir, { recursive: true, force: true });
});

async function post(
  channel: string,
  body: unknown,
  token: string | null = TOKEN,
  raw?: string,
  session: string | null | undefined = f.session,
) {
  const res = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(session ? { 'X-Tomari-Session': session } : {}),
    },
    body: raw ?? JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } },
  };
}

function rawRequest(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: 'POST', headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('the browser host', () => {
  it('answers 401 without the token or with a wrong one', async () => {
    expect(await post('settings.get', {}, null)).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHORIZED' } },
    });
    expect((await post('settings.get', {}, 'wrong')).status).toBe(401);
  });

  it('answers 404 for an unknown channel, 400 for a body that is not JSON, 413 over 1 MiB', async () => {
    expect(await post('nope.nope', {})).toMatchObject({
      status: 404,
      body: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } },
    });
    expect(await post('settings.get', null, TOKEN, '{not json')).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST' } },
    });
    const big = await post(
      'persons.search',
      null,
      TOKEN,
      JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) }),
    );
    expect(big).toMatchObject({
      status: 413,
      body: { ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } },
    });
  });

  it('answers schema failures with 200 and INVALID_INPUT', async () => {
    expect(await post('stays.list', { from: 'yesterday' })).toMatchObject({
      status: 200,
      body: { ok: false, error: { code: 'INVALID_INPUT' } },
    });
  });

  it('answers 401 UNAUTHENTICATED without a session, except the channels of signing in', async () => {
    for (const session of [null, 'not-a-session', 'x'.repeat(101)]) {
      expect(await post('beds.list', {}, TOKEN, undefined, session)).toMatchObject({
        status: 401,
        body: { ok: false, error: { code: 'UNAUTHENTICATED' } },
      });
    }
    const names = await post('session.staffNames', {}, TOKEN, undefined, null);
    expect(names).toMatchObject({ status: 200, body: { ok: true } });
    expect(JSON.stringify(names.body.value)).toContain('試験 管理者');
  });

  it('answers 403 FORBIDDEN for a role the channel is not open to, before its input is read', async () => {
    const carer = await f.addStaff(['care']);
    const session = await f.signIn(carer.staff.id, carer.secret);
    expect(await post('beds.save', { nonsense: true }, TOKEN, undefined, session)).toMatchObject({
      status: 403,
      body: { ok: false, error: { code: 'FORBIDDEN' } },
    });
    expect((await post('beds.list', {}, TOKEN, undefined, session)).status).toBe(200);
  });

  it('refuses a Host header that is not a loopback name', async () => {
    const headers = {
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
      'X-Tomari-Session': f.session ?? '',
    };
    expect(await rawRequest('/api/settings.get', { ...headers, Host: 'evil.example' })).toBe(403);
    expect(
      await rawRequest('/api/settings.get', { ...headers, Host: `localhost:${host.port}` }),
    ).toBe(200);
    expect(
      await rawRequest('/api/settings.get', { ...headers, Host: `192.168.1.5:${host.port}` }),
    ).toBe(403);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Tomari');
    expect((await fetch(`${host.url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${host.url}missing.js`)).status).toBe(404);
  });

  it('answers every channel of the contract over HTTP', async () => {
    const ok = async (channel: Channel, input: unknown) => {
      const res = await post(channel, input);
      expect(res.body.ok, `${channel}: ${JSON.stringify(res.body.error)}`).toBe(true);
      return res.body.value as never as Record<string, unknown> & { id: string };
    };
    const seen = new Set<Channel>();
    const call = async (channel: Channel, input: unknown) => {
      seen.add(channel);
      return ok(channel, input);
    };
    await call('settings.update', { facilityName: 'とまり荘' });
    await call('settings.get', {});
    const bed = await call('beds.save', { bed: bedInput('A-1', 1) });
    const bed2 = await call('beds.save', { bed: bedInput('A-2', 2) });
    await call('beds.list', {});
    await call('beds.block', {
      bedId: bed2.id,
      start: '2026-07-01',
      end: '2026-07-03',
      reason: '清掃',
    });
    await call('beds.blocks', { from: '2026-07-01', to: '2026-07-31' });
    const extraBlock = await call('beds.block', {
      bedId: bed2.id,
      start: '2026-08-01',
      end: '2026-08-03',
      reason: '修繕',
    });
    await call('beds.unblock', { id: extraBlock.id });
    const person = await call('persons.save', { person: personInput() });
    await call('persons.stays', { personId: person.id });
    await call('persons.usage', { personId: person.id });
    await call('persons.readiness', {});
    const other = await call('persons.save', { person: personInput({ givenName: '花子' }) });
    await call('persons.search', { text: 'ヤマダ' });
    await call('persons.get', { id: person.id });
    await call('persons.names', { ids: [person.id] });
    const draft = {
      personId: person.id,
      bedId: bed.id,
      kind: 'experience',
      start: '2026-05-12',
      end: '2026-05-15',
    };
    await call('stays.check', { draft });
    const stay = await call('stays.create', { draft: { ...draft, status: 'confirmed' } });
    await call('stays.get', { id: stay.id });
    await call('stays.list', { from: '2026-05-01', to: '2026-05-31' });
    await call('stays.update', { id: stay.id, changes: { note: '夜間の見守り' } });
    await call('stays.checkIn', { id: stay.id });
    await call('stays.undoCheckIn', { id: stay.id });
    await call('stays.checkIn', { id: stay.id });
    await call('training.save', {
      record: { stayId: stay.id, date: '2026-05-12', domain: 'cooking', level: 2 },
    });
    const record = await call('training.save', {
      record: { stayId: stay.id, date: '2026-05-12', domain: 'laundry', level: 3 },
    });
    await call('training.list', { stayId: stay.id });
    await call('training.delete', { id: record.id });
    await call('stays.saveComment', { stayId: stay.id, text: '落ち着いて過ごせた。' });
    await call('stays.saveGoals', { stayId: stay.id, goals: { cooking: '炊飯' } });
    await call('summary.get', { stayId: stay.id });
    await call('summary.month', { month: '2026-05' });
    await call('stays.history', { id: stay.id });
    await call('training.tonight', { date: '2026-05-12' });
    await call('training.progress', { personId: person.id });
    await call('usage.get', { personId: person.id });
    const future = await call('stays.create', {
      draft: {
        ...draft,
        personId: other.id,
        bedId: bed2.id,
        start: '2026-05-13',
        end: '2026-05-16',
      },
    });
    const urgent = await call('persons.save', { person: personInput({ givenName: '緊急' }) });
    await call('emergency.plan', { personId: urgent.id, start: '2026-05-13', end: '2026-05-15' });
    const intake = {
      reason: 'carer-illness',
      requestedAt: '2026-05-12T08:00:00+09:00',
      requestedBy: 'family',
    };
    const committed = (await call('emergency.commit', {
      personId: urgent.id,
      start: '2026-05-13',
      end: '2026-05-15',
      intake,
    })) as unknown as { stay: { id: string } };
    await call('emergency.saveIntake', { stayId: committed.stay.id, intake });
    await call('emergency.extendAddOn', { stayId: committed.stay.id, reason: '家族の入院' });
    await call('stays.saveDay', {
      stayId: stay.id,
      date: '2026-05-12',
      meals: { breakfast: false, lunch: false, dinner: true },
      pickup: false,
      dropoff: false,
    });
    await call('stays.days', { stayId: stay.id });
    await call('records.month', { personId: person.id, month: '2026-05' });
    await call('records.monthAll', { month: '2026-05' });
    await call('reports.csv', { report: 'monthly-records', from: '2026-05-01', to: '2026-05-31' });
    for (const channel of [
      'reports.year',
      'reports.occupancy',
      'reports.experience',
      'reports.emergencies',
      'reports.registrations',
    ] as const) {
      await call(channel, { fiscalYear: 2026 });
    }
    await call('stays.toContact', {});
    await call('stays.offers', { id: future.id });
    await call('stays.markContacted', { id: future.id });
    await call('stays.checkOut', { id: stay.id, date: '2026-05-12' });
    const spare = await call('stays.create', {
      draft: { ...draft, start: '2026-06-01', end: '2026-06-03' },
    });
    await call('stays.cancel', { id: spare.id, reason: '本人の体調' });
    await call('storage.status', {});
    const carer = await call('staff.save', {
      staff: {
        name: '夜勤 花子',
        nameKana: 'やきん はなこ',
        roles: ['care'],
        qualifications: [],
        active: true,
      },
      secret: 'yakin-123',
    });
    await call('staff.list', {});
    await call('staff.names', { ids: [carer.id] });
    await call('audit.list', { from: '2026-05-01', to: '2026-05-31' });
    await call('audit.csv', { from: '2026-05-01', to: '2026-05-31' });
    await call('retention.list', {});
    await call('retention.preview', { personId: person.id });
    await call('persons.disclosure', { personId: person.id });
    // A guest of this month is inside their retention period: the erase is refused.
    seen.add('retention.erase');
    expect((await post('retention.erase', { personId: person.id })).body).toMatchObject({
      ok: false,
      error: { code: 'RETENTION_NOT_ENDED' },
    });
    await call('session.staffNames', {});
    await call('session.current', {});
    const signedIn = await call('session.signIn', { staffId: carer.id, secret: 'yakin-123' });
    seen.add('session.signOut');
    const out = await post('session.signOut', {}, TOKEN, undefined, signedIn['session'] as string);
    expect(out.body.ok).toBe(true);
    seen.add('staff.setup');
    expect(
      (await post('staff.setup', { name: 'x', nameKana: 'えっくす', secret: '123456' })).body,
    ).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    expect(await call('changes.since', { after: null })).toEqual({
      seq: 0,
      kinds: [],
      database: 'none',
    });
    // A backup is written at start when the last one is over a day old.
    f.clock.now = new Date(f.clock.now.getTime() + 25 * 3600 * 1000);
    await f.restart();
    const backups = (await ok('storage.status', {})) as unknown as { backups: string[] };
    expect(backups.backups.length).toBeGreaterThan(0);
    // The browser host has no printer: the print channels answer a typed refusal and the
    // page prints itself with the browser instead.
    for (const channel of ['print.preview', 'print.savePdf'] as const) {
      seen.add(channel);
      const refused = await post(channel, { route: `/print/summary/${stay.id}` });
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
    }
    // The store the host was started with: shown and tested, never changed or moved from here.
    expect(await call('connection.get', {})).toMatchObject({
      running: { kind: 'embedded' },
      canChange: false,
    });
    const away = { host: '127.0.0.1', port: 1, database: 'tomari', user: 'tomari', tls: false };
    expect(await call('connection.test', { ...away, password: 'x' })).toEqual({
      ok: false,
      problem: 'unreachable',
    });
    for (const [channel, input] of [
      ['connection.save', { kind: 'embedded' }],
      ['connection.import', { ...away, password: 'x' }],
    ] as const) {
      seen.add(channel);
      expect((await post(channel, input)).body).toMatchObject({
        ok: false,
        error: { code: 'NOT_SUPPORTED' },
      });
    }
    seen.add('storage.restoreBackup');
    const restore = await post('storage.restoreBackup', { backup: backups.backups[0] });
    expect(restore.body.ok, JSON.stringify(restore.body.error)).toBe(true);
    // The recovery key: one is made at a folder's first start only (none since the restart).
    expect(await call('storage.takeRecoveryKey', {})).toBeNull();
    const made = (await call('storage.newRecoveryKey', {})) as unknown as { recoveryKey: string };
    expect(made.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    // The key is at hand: the start-up key channels find nothing to do, and no recovery key
    // waits (none was made since the restart, and a new one is handed out at once).
    expect(await call('storage.keyState', {})).toEqual({
      state: 'open',
      recoveryKeyWaiting: false,
    });
    expect(await call('storage.recover', { recoveryKey: made.recoveryKey })).toEqual({
      state: 'open',
      recoveryKeyWaiting: false,
    });
    expect(await call('storage.unlock', { passphrase: 'kanrisha-no-aikotoba' })).toEqual({
      state: 'open',
      recoveryKeyWaiting: false,
    });
    expect([...CHANNELS].filter((c) => !seen.has(c))).toEqual([]);
  });
});

describe('every booking rule over HTTP', () => {
  it('produces each rule code of docs/rules.md through stays.check', async () => {
    const value = async <T>(channel: string, input: unknown): Promise<T> => {
      const res = await post(channel, input);
      expect(res.body.ok, `${channel}: ${JSON.stringify(res.body.error)}`).toBe(true);
      return res.body.value as T;
    };
    await value('settings.update', { consecutiveDaysLimit: 5, experienceAnnualCapDays: 8 });
    const bed = await value<{ id: string }>('beds.save', { bed: bedInput('R-1', 10) });
    const emergencyOnly = await value<{ id: string }>('beds.save', {
      bed: bedInput('R-2', 11, { allows: ['emergency'] }),
    });
    const person = await value<{ id: string }>('persons.save', {
      person: personInput({
        givenName: '規則',
        authorizations: [{ from: '2026-04-01', to: '2027-03-31', daysPerMonth: 4 }],
      }),
    });
    const pending = await value<{ id: string }>('persons.save', {
      person: personInput({
        givenName: '未登録',
        registration: { status: 'pending' },
        authorizations: [],
      }),
    });
    await value('stays.create', {
      draft: {
        personId: person.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2026-08-01',
        end: '2026-08-04',
      },
    });
    await value('beds.block', {
      bedId: bed.id,
      start: '2026-08-20',
      end: '2026-08-22',
      reason: '清掃',
    });
    const seen = new Set<string>();
    const check = async (draft: Record<string, unknown>) => {
      const { violations } = await value<{ violations: { code: string }[] }>('stays.check', {
        draft: { personId: person.id, bedId: bed.id, kind: 'experience', ...draft },
      });
      for (const v of violations) seen.add(v.code);
    };
    await check({ personId: pending.id, start: '2026-08-02', end: '2026-08-03' }); // BED_OCCUPIED, NOT_REGISTERED, NO_AUTHORIZATION
    await check({ bedId: emergencyOnly.id, start: '2026-08-02', end: '2026-08-03' }); // PERSON_OVERLAP, BED_NOT_ALLOWED
    await check({ start: '2026-08-19', end: '2026-08-21' }); // BED_BLOCKED
    await check({ start: '2026-09-01', end: '2026-09-10' }); // EXPERIENCE_STAY_LENGTH, EXPERIENCE_ANNUAL_CAP, MONTHLY_ALLOWANCE, CONSECUTIVE_DAYS
    await check({ kind: 'emergency', start: '2026-10-01', end: '2026-10-10' }); // EMERGENCY_LENGTH
    expect([...seen].sort()).toEqual(
      [
        'BED_BLOCKED',
        'BED_NOT_ALLOWED',
        'BED_OCCUPIED',
        'CONSECUTIVE_DAYS',
        'EMERGENCY_LENGTH',
        'EXPERIENCE_ANNUAL_CAP',
        'EXPERIENCE_STAY_LENGTH',
        'MONTHLY_ALLOWANCE',
        'NOT_REGISTERED',
        'NO_AUTHORIZATION',
        'PERSON_OVERLAP',
      ].sort(),
    );
  });
});
