/**
 * The browser host: the built renderer and the same dispatcher, served over HTTP on loopback.
 * It is a second transport for the real app (tests, demos, machines without Electron), not a mock.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { apiError, type ApiError, type Envelope, type ErrorCode } from '../../shared/api/errors';
import type { Caller, Dispatch } from '../api/dispatcher';
import { CONTENT_SECURITY_POLICY } from '../csp';
import {
  contentTypeOf,
  decodePath,
  hasToken,
  isLoopbackHost,
  isOwnOrigin,
  MAX_BODY_BYTES,
  rawPathOf,
  SESSION_HEADER,
} from './http-rules';

/**
 * A client must send its headers within HEADERS_TIMEOUT_MS and its whole request within
 * REQUEST_TIMEOUT_MS, or it is answered 408 and cut off: a slow sender cannot hold the host's
 * connections open (Node checks the connections at a tenth of the shorter time).
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface HostOptions {
  dispatch: Dispatch;
  token: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Only tests shorten them; see HEADERS_TIMEOUT_MS and REQUEST_TIMEOUT_MS. */
  timeouts?: { headersMs: number; requestMs: number };
}

export interface RunningHost {
  port: number;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: Envelope<unknown>, close = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, error: ApiError, close = false): void {
  send(res, status, { ok: false, error }, close);
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      // Drain what the client still sends so it can read the answer instead of a reset.
      req.resume();
      return reject(new TooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  channel: string,
  opts: HostOptions,
  port: number,
) {
  if (!isOwnOrigin(req.headers.origin, port)) {
    return refuse(res, 403, apiError('UNTRUSTED_CALLER', { variant: 'origin' }));
  }
  if (!hasToken(req.headers.authorization, opts.token)) {
    return refuse(res, 401, apiError('UNAUTHORIZED'));
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuse(res, 405, apiError('BAD_REQUEST', { variant: 'method' }));
  }
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (error) {
    if (error instanceof TooLarge) {
      return refuse(res, 413, apiError('PAYLOAD_TOO_LARGE'), true);
    }
    throw error;
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return refuse(res, 400, apiError('BAD_REQUEST', { variant: 'notJson' }));
  }
  const answer = await opts.dispatch(channel, input, sessionOf(req));
  send(res, answer.ok ? 200 : (STATUS_OF_REFUSAL[answer.error.code] ?? 200), answer);
}

/**
 * The HTTP status of a refusal that is about the request rather than its content: a channel
 * that is not there, a caller not signed in, a role not allowed. Every other answer is 200,
 * its envelope saying what happened.
 */
const STATUS_OF_REFUSAL: Partial<Record<ErrorCode, number>> = {
  UNKNOWN_CHANNEL: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

/** The session header, when the request carries exactly one well-formed one. */
function sessionOf(req: IncomingMessage): Caller {
  const value = req.headers[SESSION_HEADER];
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(value)
    ? { session: value }
    : {};
}

async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  staticDir: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' });
    return res.end();
  }
  const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^([/\\])+/, '');
  const file = join(staticDir, relative);
  if (!file.startsWith(staticDir + sep) || relative.startsWith('..')) {
    res.writeHead(404, SECURITY_HEADERS);
    return res.end();
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const data = await readFile(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(file),
      'Content-Length': data.length,
      'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  } catch {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }
}

export function startHost(opts: HostOptions): Promise<RunningHost> {
  let port = opts.port;
  const staticDir = normalize(opts.staticDir).replace(/[/\\]+$/, '');
  const { headersMs, requestMs } = opts.timeouts ?? {
    headersMs: HEADERS_TIMEOUT_MS,
    requestMs: REQUEST_TIMEOUT_MS,
  };
  /** Every step of reading a request is in here, so that no request can throw past it. */
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<unknown> => {
    if (!isLoopbackHost(req.headers.host, port)) {
      return refuse(res, 403, apiError('UNTRUSTED_CALLER', { variant: 'host' }));
    }
    const raw = rawPathOf(req.url);
    const api = raw?.startsWith('/api/') === true;
    const path = raw === undefined ? undefined : decodePath(api ? raw.slice('/api/'.length) : raw);
    if (path === undefined) {
      return refuse(res, 400, apiError('BAD_REQUEST', { variant: 'address' }));
    }
    return api ? handleApi(req, res, path, opts, port) : handleStatic(req, res, path, staticDir);
  };
  const server = createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      connectionsCheckingInterval: Math.max(10, Math.min(headersMs, requestMs) / 10),
    },
    (req, res) => {
      // A client that goes away mid-request must not become an unhandled 'error' event.
      req.on('error', () => undefined);
      res.on('error', () => undefined);
      handle(req, res).catch(() => {
        if (!res.headersSent) {
          refuse(res, 500, apiError('INTERNAL'), true);
        } else res.destroy();
      });
    },
  );
  // Requests the HTTP parser itself rejects: unknown methods, oversized or malformed headers,
  // a client too slow to send its request.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : opts.port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
