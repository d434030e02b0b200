/**
 * Signing in: the first manager once, secrets checked against their hash, five wrong in a row
 * lock the account for five minutes (in storage, in the audit), retired staff kept out, and
 * sessions that end at sign-out, when idle too long, and at a restart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/errors';
import { CHANNELS, contract, ANYONE } from '../../shared/api/contract';
import { createFixture, japanNoon, MANAGER_SECRET, type Fixture } from '../testing/fixture';

let f: Fixture;
afterEach(() => f.dispose());

const codeOf = (answer: Envelope<unknown>) => (answer.ok ? 'ok' : answer.error.code);

describe('the first run', () => {
  beforeEach(async () => {
    f = await createFixture('2026-05-12', { staff: false });
  });

  it('has no staff and no default account: every channel but signing in asks for a session', async () => {
    expect(await f.call('session.staffNames', {})).toEqual([]);
    for (const channel of CHANNELS) {
      if (contract[channel].roles === ANYONE) continue;
      expect([channel, codeOf(await f.answer(channel, {}))]).toEqual([channel, 'UNAUTHENTICATED']);
    }
    for (const guess of ['admin', 'manager', 'root', '1']) {
      expect(codeOf(await f.answer('session.signIn', { staffId: guess, secret: 'password' }))).toBe(
        'SIGN_IN_FAILED',
      );
    }
  });

  it('creates the first manager once, with a secret of six characters or more', async () => {
    const short = await f.answer('staff.setup', {
      name: '管理 一',
      nameKana: 'かんり',
      secret: '12345',
    });
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['secret'], code: 'SECRET_TOO_SHORT' }] },
    });
    const manager = await f.call('staff.setup', {
      name: '管理 一',
      nameKana: 'かんり はじめ',
      secret: '123456',
    });
    expect(manager).toMatchObject({ roles: ['manager'], active: true, qualifications: [] });
    const again = await f.answer('staff.setup', {
      name: '乗っ取り',
      nameKana: 'のっとり',
      secret: 'takeover',
    });
    expect(codeOf(again)).toBe('ALREADY_SET_UP');
    expect(await f.call('session.staffNames', {})).toEqual([
      { id: manager.id, name: '管理 一', nameKana: 'かんり はじめ' },
    ]);
    const { session, staff } = await f.call('session.signIn', {
      staffId: manager.id,
      secret: '123456',
    });
    expect(staff.id).toBe(manager.id);
    expect(await f.as(session).call('session.current', {})).toEqual({ staff: manager });
  });

  it('sets up one manager when two first runs race', async () => {
    const answers = await Promise.all(
      ['一', '二'].map((n) =>
        f.answer('staff.setup', { name: `管理 ${n}`, nameKana: 'かんり', secret: 'secret-1' }),
      ),
    );
    expect(answers.map(codeOf).sort()).toEqual(['ALREADY_SET_UP', 'ok']);
    expect(await f.call('session.staffNames', {})).toHaveLength(1);
  });
});

describe('signing in', () => {
  let carer: { staff: { id: string }; secret: string };
  beforeEach(async () => {
    f = await createFixture('2026-05-12');
    carer = await f.addStaff(['care'], '夜勤 花子');
  });
  const signIn = (secret: string) =>
    f.as(undefined).answer('session.signIn', { staffId: carer.staff.id, secret });

  it('answers SIGN_IN_FAILED for a wrong secret, saying how many tries are left', async () => {
    const wrong = await signIn('not-it');
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', triesLeft: 4, lockMinutes: 5 },
    });
    if (!wrong.ok) expect(wrong.error.message).toContain('あと4回');
    expect(await signIn(carer.secret)).toMatchObject({ ok: true });
  });

  it('locks the account after five wrong secrets in a row, even for the right one, for five minutes', async () => {
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(codeOf(await signIn(`wrong-${i}`)));
    expect(codes).toEqual([
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'LOCKED',
    ]);
    const locked = await signIn(carer.secret);
    expect(locked).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', until: new Date(f.clock.now.getTime() + 5 * 60_000).toISOString() },
    });
    f.clock.now = new Date(f.clock.now.getTime() + 4 * 60_000 + 59_000);
    expect(codeOf(await signIn(carer.secret))).toBe('LOCKED');
    f.clock.now = new Date(f.clock.now.getTime() + 1_000);
    expect(codeOf(await signIn(carer.secret))).toBe('ok');
  });

  it('keeps the count in storage: a restart does not give new tries', async () => {
    for (let i = 0; i < 3; i++) await signIn(`wrong-${i}`);
    await f.restart();
    expect(await signIn('wrong-again')).toMatchObject({ error: { triesLeft: 1 } });
    expect(codeOf(await signIn('and-again'))).toBe('LOCKED');
    await f.restart();
    expect(codeOf(await signIn(carer.secret))).toBe('LOCKED');
  });

  it('starts the count again after a success', async () => {
    for (let i = 0; i < 4; i++) await signIn(`wrong-${i}`);
    expect(codeOf(await signIn(carer.secret))).toBe('ok');
    for (let i = 0; i < 4; i++) expect(codeOf(await signIn(`wrong-${i}`))).toBe('SIGN_IN_FAILED');
  });

  it('puts the failures and the lock in the audit, naming the account and nothing typed', async () => {
    for (let i = 0; i < 5; i++) await signIn(`wrong-${i}`);
    const trail = await f.call('audit.list', {
      from: '2026-05-12',
      to: '2026-05-12',
      entity: 'staff',
    });
    const about = trail.filter((e) => e.entityId === carer.staff.id);
    expect(about.slice(0, 2)).toMatchObject([
      { action: 'staff.locked', actor: 'signed-out', facts: { until: expect.any(String) } },
      { action: 'session.signInFailed', actor: 'signed-out' },
    ]);
    expect(about.filter((e) => e.action === 'session.signInFailed')).toHaveLength(5);
    expect(JSON.stringify(trail)).not.toContain('wrong-');
  });

  it('lets the manager lift a lock by setting a new secret', async () => {
    for (let i = 0; i < 5; i++) await signIn(`wrong-${i}`);
    const staff = (await f.call('staff.list', {})).find((s) => s.id === carer.staff.id)!;
    await f.call('staff.save', { staff, secret: 'atarashii-1' });
    expect(codeOf(await signIn(carer.secret))).toBe('SIGN_IN_FAILED');
    expect(codeOf(await signIn('atarashii-1'))).toBe('ok');
  });

  it('refuses a retired member of staff like a wrong secret, and ends their open sessions', async () => {
    const session = (
      await f.call('session.signIn', {
        staffId: carer.staff.id,
        secret: carer.secret,
      })
    ).session;
    expect(codeOf(await f.as(session).answer('training.tonight', {}))).toBe('ok');
    const staff = (await f.call('staff.list', {})).find((s) => s.id === carer.staff.id)!;
    await f.call('staff.save', { staff: { ...staff, active: false } });
    expect(codeOf(await f.as(session).answer('training.tonight', {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(carer.secret))).toBe('SIGN_IN_FAILED');
    expect((await f.call('session.staffNames', {})).map((s) => s.id)).not.toContain(carer.staff.id);
    // Still in the register, and named as the author of what they wrote.
    expect(await f.call('staff.names', { ids: [carer.staff.id] })).toEqual([
      { id: carer.staff.id, name: '夜勤 花子', nameKana: 'しけん しょくいん', active: false },
    ]);
  });

  it('takes the secret as typed with the IME on: full-width digits and letters are the same', async () => {
    const staff = (await f.call('staff.list', {})).find((s) => s.id === carer.staff.id)!;
    await f.call('staff.save', { staff, secret: 'yakin2026' });
    expect(codeOf(await signIn('ｙａｋｉｎ２０２６'))).toBe('ok');
  });
});

describe('a session', () => {
  beforeEach(async () => {
    f = await createFixture('2026-05-12');
  });
  const asked = (session: string | undefined) => f.as(session).answer('beds.list', {});
  const managerSession = async () =>
    (
      await f
        .as(undefined)
        .call('session.signIn', { staffId: f.manager!.id, secret: MANAGER_SECRET })
    ).session;

  it('ends at sign-out', async () => {
    const session = await managerSession();
    expect(codeOf(await f.as(session).answer('session.signOut', {}))).toBe('ok');
    expect(codeOf(await asked(session))).toBe('UNAUTHENTICATED');
  });

  it('ends when idle longer than the setting (10 minutes by default), and activity keeps it', async () => {
    const session = await managerSession();
    f.clock.now = new Date(f.clock.now.getTime() + 9 * 60_000);
    expect(codeOf(await asked(session))).toBe('ok');
    f.clock.now = new Date(f.clock.now.getTime() + 9 * 60_000);
    expect(codeOf(await asked(session))).toBe('ok');
    f.clock.now = new Date(f.clock.now.getTime() + 10 * 60_000);
    expect(codeOf(await asked(session))).toBe('UNAUTHENTICATED');
  });

  it("is not kept alive by the screens' poll for other PCs' changes (changes.since)", async () => {
    const session = await managerSession();
    for (let minute = 1; minute <= 10; minute++) {
      f.clock.now = new Date(f.clock.now.getTime() + 60_000);
      expect(codeOf(await f.as(session).answer('changes.since', { after: null }))).toBe('ok');
    }
    expect(codeOf(await asked(session))).toBe('UNAUTHENTICATED');
  });

  it('follows the idle setting the manager changes', async () => {
    await f.call('settings.update', { idleLockMinutes: 30 });
    const session = await managerSession();
    f.clock.now = new Date(f.clock.now.getTime() + 29 * 60_000);
    expect(codeOf(await asked(session))).toBe('ok');
    expect(codeOf(await f.answer('settings.update', { idleLockMinutes: 0 }))).toBe('INVALID_INPUT');
  });

  it('ends when the process restarts', async () => {
    const session = await managerSession();
    await f.restart();
    expect(codeOf(await asked(session))).toBe('UNAUTHENTICATED');
  });

  it('is a long random id, different every time', async () => {
    const sessions = new Set<string>();
    for (let i = 0; i < 20; i++) sessions.add(await managerSession());
    expect(sessions.size).toBe(20);
    for (const s of sessions) expect(s).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('takes a role the manager gives at the very next call', async () => {
    const desk = await f.addStaff(['desk'], '受付 一郎');
    const session = (
      await f.as(undefined).call('session.signIn', { staffId: desk.staff.id, secret: desk.secret })
    ).session;
    expect(codeOf(await f.as(session).answer('settings.update', {}))).toBe('FORBIDDEN');
    await f.call('staff.save', { staff: { ...desk.staff, roles: ['desk', 'manager'] } });
    expect(codeOf(await f.as(session).answer('settings.update', {}))).toBe('ok');
  });
});

describe('the stored secret', () => {
  beforeEach(async () => {
    f = await createFixture('2026-05-12');
  });

  it('is a salted scrypt hash with its cost, never the secret', async () => {
    const carer = await f.addStaff(['care']);
    const stored = JSON.stringify(await f.storedData());
    expect(stored).not.toContain(carer.secret);
    expect(stored).not.toContain(MANAGER_SECRET);
    const credentials = await f.storedCredentials();
    expect(credentials).toHaveLength(2);
    for (const c of credentials) {
      expect(c).toMatchObject({ algorithm: 'scrypt', N: 1024, r: 8, p: 1 });
      expect(Buffer.from(c.salt, 'base64')).toHaveLength(16);
      expect(Buffer.from(c.hash, 'base64')).toHaveLength(32);
    }
    // The same secret twice gives two different hashes (each has its own salt).
    const other = await f.call('staff.save', {
      staff: {
        name: '同じ 鍵',
        nameKana: 'おなじ',
        roles: ['desk'],
        qualifications: [],
        active: true,
      },
      secret: carer.secret,
    });
    const again = await f.storedCredentials();
    const hashOf = (id: string) => again.find((c) => c.staffId === id)?.hash;
    expect(hashOf(other.id)).not.toBe(hashOf(carer.staff.id));
  });

  it('is never sent back: the register and the sign-in answer carry no hash', async () => {
    const carer = await f.addStaff(['care']);
    const credentials = await f.storedCredentials();
    const answers = JSON.stringify([
      await f.call('staff.list', {}),
      await f.call('session.signIn', { staffId: carer.staff.id, secret: carer.secret }),
      await f.call('staff.names', { ids: [carer.staff.id] }),
    ]);
    for (const c of credentials) {
      expect(answers).not.toContain(c.hash);
      expect(answers).not.toContain(c.salt);
    }
  });

  it('is hashed again at the current cost when it was made with a lower one', async () => {
    const carer = await f.addStaff(['care']);
    const read = async () =>
      (await f.storedCredentials()).find((c) => c.staffId === carer.staff.id)!;
    const before = await read();
    f.clock.now = japanNoon('2026-05-13');
    await f.runtime.close();
    // The same data opened by an app whose cost is higher.
    const stronger = await f.startAnother({ secretCost: { N: 2 ** 11, r: 8, p: 1 } });
    try {
      const answer = await stronger.dispatch('session.signIn', {
        staffId: carer.staff.id,
        secret: carer.secret,
      });
      expect(answer.ok).toBe(true);
      const after = await read();
      expect(after.N).toBe(2 ** 11);
      expect(after.hash).not.toBe(before.hash);
      const again = await stronger.dispatch('session.signIn', {
        staffId: carer.staff.id,
        secret: carer.secret,
      });
      expect(again.ok).toBe(true);
    } finally {
      await stronger.close();
      await f.restart();
    }
  });
});
