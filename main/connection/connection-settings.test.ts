import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceError } from '../../shared/api/errors';
import { maskedAddress, readAppConfig, serverUrl, type SecretBox } from './app-config';
import { configuredConnection, databaseAtStart, fixedConnection } from './connection-settings';

/** A stand-in for the system's secret storage: reversible, and never the text itself. */
function testBox(available = true): SecretBox {
  return {
    available: () => available,
    seal: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`).toString('base64'),
    open: (sealed) => [...Buffer.from(sealed, 'base64').toString().slice(7)].reverse().join(''),
  };
}

const SERVER = { host: 'db.example.jp', port: 5432, database: 'tomari', user: 'desk', tls: true };

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: ServiceError) => error.error.code,
  );

describe("the desktop app's store choice", () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tomari-config-'));
    path = join(dir, 'tomari-config.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is this PC only until a choice is saved', async () => {
    expect(await readAppConfig(path)).toEqual({ version: 1, store: { kind: 'embedded' } });
    const settings = configuredConnection({
      path,
      secrets: testBox(),
      running: { kind: 'embedded' },
    });
    expect(await settings.view()).toEqual({
      running: { kind: 'embedded' },
      saved: { kind: 'embedded' },
      canChange: true,
    });
  });

  it('saves a server with its password sealed, never as text, and opens it at the next start', async () => {
    const secrets = testBox();
    const settings = configuredConnection({ path, secrets, running: { kind: 'embedded' } });
    const view = await settings.save({ kind: 'server', ...SERVER, password: 'pw-kanri' });
    expect(view.saved).toEqual({ kind: 'server', ...SERVER, hasPassword: true });
    expect(view.running).toEqual({ kind: 'embedded' });
    expect(await readFile(path, 'utf8')).not.toContain('pw-kanri');
    const { store } = await readAppConfig(path);
    expect(databaseAtStart(store, secrets)).toEqual({
      url: 'postgres://desk:pw-kanri@db.example.jp:5432/tomari?sslmode=verify-full',
    });
  });

  it('keeps the saved password when only other details change, not for another account', async () => {
    const secrets = testBox();
    const settings = configuredConnection({ path, secrets, running: { kind: 'embedded' } });
    await settings.save({ kind: 'server', ...SERVER, password: 'pw-kanri' });
    expect((await settings.save({ kind: 'server', ...SERVER, tls: false })).saved).toMatchObject({
      hasPassword: true,
      tls: false,
    });
    expect((await settings.save({ kind: 'server', ...SERVER, user: 'care' })).saved).toMatchObject({
      hasPassword: false,
      user: 'care',
    });
  });

  it('refuses to keep a password where the system has no secret storage', async () => {
    const settings = configuredConnection({
      path,
      secrets: testBox(false),
      running: { kind: 'embedded' },
    });
    expect(await codeOf(settings.save({ kind: 'server', ...SERVER, password: 'pw' }))).toBe(
      'NOT_SUPPORTED',
    );
    expect(await readAppConfig(path)).toEqual({ version: 1, store: { kind: 'embedded' } });
    // Going back to this PC only needs no secret.
    expect((await settings.save({ kind: 'embedded' })).saved).toEqual({ kind: 'embedded' });
  });

  it('shows the server it runs on with the password masked', async () => {
    const secrets = testBox();
    const running = { kind: 'server' as const, ...SERVER, sealedPassword: secrets.seal('pw') };
    const view = await configuredConnection({ path, secrets, running }).view();
    expect(view.running).toEqual({
      kind: 'server',
      address: 'postgres://desk:****@db.example.jp:5432/tomari?sslmode=verify-full',
    });
    expect(JSON.stringify(view)).not.toContain('pw@');
  });

  it('refuses a damaged configuration rather than falling back to this PC only', async () => {
    await writeFile(path, '{"version":1,"store":{"kind":"server"}}');
    await expect(readAppConfig(path)).rejects.toThrow();
  });

  it('tests with the kept password when none is typed, and says when there is none', async () => {
    const settings = configuredConnection({
      path,
      secrets: testBox(),
      running: { kind: 'embedded' },
    });
    expect(await settings.test({ ...SERVER })).toEqual({ ok: false, problem: 'noPassword' });
  });
});

describe("the browser host's store", () => {
  it('shows what it was started with, read-only, the password masked', async () => {
    const settings = fixedConnection('postgres://desk:pw-kanri@db.example.jp:5432/tomari');
    expect(await settings.view()).toEqual({
      running: { kind: 'server', address: 'postgres://desk:****@db.example.jp:5432/tomari' },
      saved: null,
      canChange: false,
    });
    expect(await codeOf(settings.save({ kind: 'embedded' }))).toBe('NOT_SUPPORTED');
    expect(await fixedConnection(undefined).view()).toMatchObject({
      running: { kind: 'embedded' },
    });
  });

  it('escapes what a URL cannot hold as it is', () => {
    const url = serverUrl({ ...SERVER, user: 'ゆき@desk', tls: false }, 'p@ss:w/rd');
    expect(url).toBe(
      'postgres://%E3%82%86%E3%81%8D%40desk:p%40ss%3Aw%2Frd@db.example.jp:5432/tomari',
    );
    expect(decodeURIComponent(new URL(url).password)).toBe('p@ss:w/rd');
    expect(maskedAddress(url)).not.toContain('p%40ss');
  });
});
