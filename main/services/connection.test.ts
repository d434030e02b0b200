/**
 * 「データの保存先」 through the dispatcher, on both stores: the manager sees what this process
 * runs on (a server's password masked), may test a server, and cannot change the store of a
 * process started with it (the browser host, the tests); other roles are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture('2026-05-12');
});
afterEach(async () => {
  await f.dispose();
});

describe('connection.get', () => {
  it('shows the store this process runs on, never a password', async () => {
    const view = await f.call('connection.get', {});
    expect(view.canChange).toBe(false);
    expect(view.saved).toBeNull();
    if (f.store === 'postgres') {
      expect(view.running.kind).toBe('server');
      const address = view.running.kind === 'server' ? view.running.address : '';
      const password = new URL(process.env.TOMARI_TEST_DATABASE_URL ?? '').password;
      expect(address).toContain('****');
      expect(address).not.toContain(`:${password}@`);
    } else {
      expect(view.running).toEqual({ kind: 'embedded' });
    }
  });

  it('is for the manager only', async () => {
    const desk = await f.addStaff(['desk', 'care']);
    const asDesk = f.as(await f.signIn(desk.staff.id, desk.secret));
    for (const channel of ['connection.get', 'connection.save', 'connection.test']) {
      expect(await asDesk.answer(channel, { kind: 'embedded' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
  });
});

describe('connection.save and connection.test', () => {
  it('cannot change the store of a process started with it, nor move its data', async () => {
    expect(await f.answer('connection.save', { kind: 'embedded' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
    const server = { host: '127.0.0.1', port: 1, database: 'tomari', user: 'tomari', tls: false };
    expect(await f.answer('connection.import', { ...server, password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
  });

  it('names a server that does not answer, and a missing password', async () => {
    const server = { host: '127.0.0.1', port: 1, database: 'tomari', user: 'tomari', tls: false };
    expect(await f.call('connection.test', { ...server, password: 'x' })).toEqual({
      ok: false,
      problem: 'unreachable',
    });
    expect(await f.call('connection.test', server)).toEqual({ ok: false, problem: 'noPassword' });
  });

  it('refuses a host that is a URL with INVALID_INPUT', async () => {
    expect(
      await f.answer('connection.test', {
        host: 'postgres://x@y',
        port: 5432,
        database: 'tomari',
        user: 'tomari',
        tls: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
