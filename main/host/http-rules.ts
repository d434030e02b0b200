/** The browser host's request checks, kept apart from the server so each is unit-tested. */
import { createHash, timingSafeEqual } from 'node:crypto';

export const MAX_BODY_BYTES = 1024 * 1024;

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

/** Compares the bearer token in constant time. */
export function hasToken(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)$/.exec(authorization ?? '');
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
