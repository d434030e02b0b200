/**
 * A grep over everything Tomari writes or says while staff sign in, fail, get locked, are
 * given new secrets and sign out — the audit trail, every data file but the hashes' own place,
 * the logs, and every answer (error bodies above all), over HTTP too — for any secret, hash,
 * salt or session id. None may appear.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEYRING_FILE } from '../storage/data-key';
import { readStored } from '../storage/test-fixtures';
import { startHost, type RunningHost } from '../host/server';
import { createFixture, MANAGER_SECRET, type Fixture } from '../testing/fixture';

let f: Fixture;
let host: RunningHost;
let staticDir: string;
const logged: string[] = [];

beforeEach(async () => {
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(
        args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
      );
    });
  }
  f = await createFixture('2026-05-12');
  staticDir = await mkdtemp(join(tmpdir(), 'tomari-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html>');
  host = await startHost({
    dispatch: (c, i, caller) => f.runtime.dispatch(c, i, caller),
    token: 'tok',
    staticDir,
    port: 0,
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await host.close();
  await f.dispose();
  await rm(staticDir, { recursive: true, force: true });
});

async function overHttp(channel: string, body: unknown, session?: string): Promise<string> {
  const res = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: {
      Authorization: 'Bearer tok',
      'Content-Type': 'application/json',
      ...(session ? { 'X-Tomari-Session': session } : {}),
    },
    body: JSON.stringify(body),
  });
  return res.text();
}

describe('secrets, hashes and session ids', () => {
  it('appear in no log, no audit line, no answer and no data file but the hash itself', async () => {
    const said: string[] = [];
    const secrets = [MANAGER_SECRET, 'yoru-no-kagi', 'atarashii-kagi', 'machigai-1'];
    const sessions: string[] = [f.session!];

    const carer = await f.call('staff.save', {
      staff: {
        name: '夜勤 桜',
        nameKana: 'やきん さくら',
        roles: ['care'],
        qualifications: [],
        active: true,
      },
      secret: 'yoru-no-kagi',
    });
    said.push(JSON.stringify(carer));
    // Right, wrong (until locked), locked with the right one, a secret too short: each answered.
    const signedIn = await f.call('session.signIn', { staffId: carer.id, secret: 'yoru-no-kagi' });
    sessions.push(signedIn.session);
    said.push(JSON.stringify({ ...signedIn, session: undefined }));
    for (let i = 0; i < 6; i++) {
      said.push(await overHttp('session.signIn', { staffId: carer.id, secret: 'machigai-1' }));
    }
    said.push(await overHttp('session.signIn', { staffId: carer.id, secret: 'yoru-no-kagi' }));
    said.push(
      await overHttp('staff.save', { staff: carer, secret: 'short' }, f.session),
      await overHttp('staff.save', { staff: carer, secret: 'atarashii-kagi' }, f.session),
      await overHttp('staff.setup', { name: 'x', nameKana: 'えっくす', secret: 'machigai-1' }),
      // An old session, a made-up one, a role refused, bad input: the refusals' bodies.
      await overHttp('beds.list', {}, signedIn.session),
      await overHttp('beds.list', {}, 'made-up-session-id'),
      await overHttp('session.signIn', { staffId: carer.id, secret: 123 }),
    );
    const again = await f.call('session.signIn', { staffId: carer.id, secret: 'atarashii-kagi' });
    sessions.push(again.session);
    said.push(await overHttp('audit.list', { from: '2026-05-01', to: '2026-05-31' }, f.session));
    said.push(await overHttp('audit.csv', { from: '2026-05-01', to: '2026-05-31' }, f.session));
    said.push(await overHttp('beds.save', { bed: {} }, again.session));
    said.push(await overHttp('session.signOut', {}, again.session));
    said.push(await overHttp('session.current', {}, again.session));

    await f.runtime.whenIdle();
    const master = JSON.parse(await readStored(f.dataDir, 'master.json')) as {
      credentials: { hash: string; salt: string }[];
    };
    const hashes = master.credentials.flatMap((c) => [c.hash, c.salt]);
    expect(hashes.length).toBeGreaterThanOrEqual(4);

    const files: Record<string, string> = {};
    for (const name of await readdir(f.dataDir)) {
      if (!name.endsWith('.json') && !name.endsWith('.jsonl')) continue;
      if (name === KEYRING_FILE || name.startsWith('.')) {
        // The keyring and the lock's holder are not sealed: as they are on disk.
        files[name] = await readFile(join(f.dataDir, name), 'utf8');
      } else {
        // Opened with the folder's key: what is sealed must hold none of them either.
        files[name] = await readStored(f.dataDir, name);
      }
    }
    expect(files['audit.jsonl']).toContain('staff.locked');

    const places: [string, string][] = [
      ['logs', logged.join('\n')],
      ['answers', said.join('\n')],
      ...Object.entries(files).map(([name, text]): [string, string] => [name, text]),
    ];
    for (const [place, text] of places) {
      for (const secret of secrets) expect(text, `${place} holds a secret`).not.toContain(secret);
      for (const session of sessions) {
        expect(text, `${place} holds a session id`).not.toContain(session);
      }
      if (place === 'master.json') continue; // where the hashes live, and only there
      for (const hash of hashes) expect(text, `${place} holds a hash`).not.toContain(hash);
    }
  });
});
