/**
 * The browser host against requests a hostile web page or a broken client can send: odd paths
 * (`/api/%E0`, `//`, `/\`), odd methods, oversized or malformed headers, slow senders. Whatever
 * comes in, the host answers (or closes the connection) and keeps serving; nothing is written.
 */
import { connect } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { dataFileContents } from '../testing/data-files';
import { startHost, type RunningHost } from './server';

const TOKEN = 'hostile-token';
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
    timeouts: { headersMs: 400, requestMs: 800 },
  });
});
afterAll(async () => {
  await host?.close();
  await f?.dispose();
  await rm(staticDir, { recursive: true, force: true });
});

/**
 * Sends raw bytes on a fresh connection and gives back the status of the answer (0 when the
 * host closed the connection without one). `pauseMs` waits before sending `rest`, as a slow
 * client would.
 */
function exchange(head: Buffer | string, rest?: { pauseMs: number; bytes: string }) {
  return new Promise<number>((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and no close for ${JSON.stringify(String(head).slice(0, 80))}`));
    }, 5000);
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0));
    });
    socket.write(head);
    if (rest) {
      setTimeout(() => {
        if (!socket.destroyed) socket.end(rest.bytes);
      }, rest.pauseMs);
    } else socket.end();
  });
}

function request(
  method: string,
  path: string | Buffer,
  headers: readonly string[] = [],
  body = '',
): Buffer {
  const lines = [`Host: 127.0.0.1:${host.port}`, 'Connection: close', ...headers];
  if (body !== '') lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return Buffer.concat([
    Buffer.from(`${method} `, 'latin1'),
    typeof path === 'string' ? Buffer.from(path, 'latin1') : path,
    Buffer.from(` HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1'),
  ]);
}

/** The host still serves its page and its API. */
async function stillServing(): Promise<void> {
  const page = await fetch(host.url);
  expect(page.status).toBe(200);
  const api = await fetch(`${host.url}api/settings.get`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'X-Tomari-Session': f.session ?? '' },
  });
  expect(((await api.json()) as { ok: boolean }).ok).toBe(true);
}

const PATHS = [
  '/api/%E0',
  '/api/%',
  '/api/%E0%A4%A',
  '/api/%00',
  '/api/',
  '/api//',
  '/api/settings.get%',
  '/api/settings.get?x=%E0',
  '/%',
  '/%E0',
  '//',
  '/\\',
  '//evil.example/',
  '/\\\\server\\share',
  '/..%2f..%2fetc%2fpasswd',
  '/api/../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/index.html%00.js',
  '*',
  'http://evil.example/api/settings.get',
  `/api/${'x'.repeat(6000)}`,
  `/${'%'.repeat(3000)}`,
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'FOO', 'get'];
const HEADER_SETS: readonly (readonly string[])[] = [
  [],
  [`Authorization: Bearer ${TOKEN}`],
  [`Authorization: bearer ${TOKEN}`, 'Origin: http://evil.example'],
  ['Authorization: Bearer ' + 'x'.repeat(12_000)],
  ['Authorization: Bearer \xff\xfe\x80'],
  ['Origin: null'],
  ['Origin: ' + '%'.repeat(2000)],
  ['Host: evil.example'],
  ['Host:'],
  ['Content-Length: -1'],
  ['Content-Length: abc'],
  ['Content-Length: 99999999999999999999999'],
  ['Content-Length: 2', 'Content-Length: 3'],
  ['Transfer-Encoding: chunked', 'Content-Length: 3'],
  ['Transfer-Encoding: chunked\r\n\r\nzz\r\nnot a chunk'],
  ['Expect: 100-continue'],
  ['X-Odd: \x00\x01'],
  ['no colon here'],
  ['Cookie: ' + 'c'.repeat(20_000)],
  Array.from({ length: 300 }, (_, i) => `X-Many-${i}: ${i}`),
];

/** A small deterministic generator, so a failure names a case that can be replayed. */
function* randomPaths(count: number, seed: number): Generator<Buffer> {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  const pieces = ['%', '%E0', '%C0%AF', '/', '\\', '..', '.', '?', '#', 'api', '%2F', '%ZZ', '~'];
  for (let n = 0; n < count; n++) {
    const parts: Buffer[] = [Buffer.from(next() % 3 === 0 ? '/api/' : '/')];
    const length = 1 + (next() % 12);
    for (let i = 0; i < length; i++) {
      parts.push(
        next() % 4 === 0
          ? Buffer.from([0x21 + (next() % 0xde)])
          : Buffer.from(pieces[next() % pieces.length] ?? ''),
      );
    }
    yield Buffer.concat(parts);
  }
}

describe('the browser host under hostile requests', () => {
  it('answers the requests that used to stop the process with 400, and keeps serving', async () => {
    for (const path of ['/api/%E0', '/api/%', '/%E0', '//', '/\\']) {
      const status = await exchange(request('POST', path));
      expect([path, status]).toEqual([
        path,
        // A path that does not decode is a bad request; `//` and `/\` are pages, not API calls.
        path.startsWith('/api/') || path === '/%E0' ? 400 : 405,
      ]);
      await stillServing();
    }
  });

  it('survives every path × method × header combination and random paths, writing nothing', async () => {
    const before = await dataFileContents(f.dataDir);
    let sent = 0;
    for (const path of PATHS) {
      for (const method of METHODS) {
        await exchange(request(method, path, [`Authorization: Bearer ${TOKEN}`], '{}'));
        sent++;
      }
      await stillServing();
    }
    for (const headers of HEADER_SETS) {
      for (const [method, path] of [
        ['POST', '/api/settings.update'],
        ['POST', '/api/%E0'],
        ['GET', '/'],
        ['GET', '//'],
      ] as const) {
        await exchange(request(method, path, headers, '{"facilityName":"乗っ取り"}'));
        sent++;
      }
      await stillServing();
    }
    for (const path of randomPaths(200, 20261130)) {
      await exchange(request('POST', path, [`Authorization: Bearer ${TOKEN}`], '{}'));
      sent++;
    }
    await stillServing();
    expect(sent).toBe(PATHS.length * METHODS.length + HEADER_SETS.length * 4 + 200);
    // Only the foreign-origin and lower-case-bearer requests carried a valid token to a
    // mutating channel, and the origin refused them: nothing changed on disk.
    expect(await dataFileContents(f.dataDir)).toEqual(before);
  });

  it('refuses an API call from a foreign Origin, and accepts its own page and no Origin', async () => {
    const call = async (headers: Record<string, string>) => {
      const res = await fetch(`${host.url}api/settings.get`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          'X-Tomari-Session': f.session ?? '',
          ...headers,
        },
      });
      return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
    };
    expect(await call({ Origin: 'http://evil.example' })).toMatchObject({
      status: 403,
      body: { error: { code: 'UNTRUSTED_CALLER' } },
    });
    expect((await call({ Origin: 'null' })).status).toBe(403);
    expect((await call({ Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await call({ Origin: `https://127.0.0.1:${host.port}` })).status).toBe(403);
    expect((await call({ Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect((await call({ Origin: `http://localhost:${host.port}` })).status).toBe(200);
    expect((await call({})).status).toBe(200);
  });

  it('accepts the Bearer scheme in any case', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await fetch(`${host.url}api/settings.get`, {
        method: 'POST',
        headers: { Authorization: `${scheme} ${TOKEN}`, 'X-Tomari-Session': f.session ?? '' },
      });
      expect([scheme, res.status]).toEqual([scheme, 200]);
    }
  });

  it('times out a client that sends its headers or its body too slowly (408)', async () => {
    const slowHeaders = await exchange(
      `POST /api/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`,
      {
        pauseMs: 2500,
        bytes: '\r\n',
      },
    );
    expect(slowHeaders).toBe(408);
    const slowBody = await exchange(
      request('POST', '/api/settings.update', [
        `Authorization: Bearer ${TOKEN}`,
        'Content-Length: 30',
      ]),
      { pauseMs: 2500, bytes: '{"facilityName":"遅い"}' },
    );
    expect(slowBody).toBe(408);
    await stillServing();
  });
});
