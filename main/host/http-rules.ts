/** The browser host's request checks, kept apart from the server so each is unit-tested. */
import { createHash, timingSafeEqual } from 'node:crypto';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The header a signed-in page sends its session in (lower case, as Node gives header names).
 * A header, not a cookie: no other page can make the browser send it.
 */
export const SESSION_HEADER = 'x-tomari-session';

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True when the Host header names this machine's loopback at our port. Anything else (a DNS
 * rebinding name, a LAN address) is refused, so a web page elsewhere can never reach the API.
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  const name = m[1] ?? '';
  const hostPort = m[2] === undefined ? 80 : Number(m[2]);
  return LOOPBACK_NAMES.has(name) && hostPort === port;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * An API call's `Origin`, when the browser sends one, must be the host's own page: a page
 * elsewhere (even one that somehow holds the token) is refused. No Origin (scripts, curl) is
 * allowed; `Origin: null` (a sandboxed frame, a file: page) is not.
 */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const m = /^http:\/\/([^/?#@]+)$/i.exec(origin.trim());
  return m?.[1] !== undefined && isLoopbackHost(m[1], port);
}

/**
 * The path of a request target, still percent-encoded, taken without `new URL` (which throws on
 * `//` or `/\\`); undefined when the target is not an origin-form path (`*`, an absolute URL).
 */
export function rawPathOf(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith('/')) return undefined;
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

/** Percent-decodes a path segment; undefined when it does not decode (`%E0`, `%`). */
export function decodePath(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Compares the bearer token in constant time; the scheme is case-insensitive (RFC 9110 §11.1). */
export function hasToken(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  if (!m?.[1]) return false;
  return timingSafeEqual(digest(m[1]), digest(token));
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return (
    CONTENT_TYPES[dot === -1 ? '' : path.slice(dot).toLowerCase()] ?? 'application/octet-stream'
  );
}
