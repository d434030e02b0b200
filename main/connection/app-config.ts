/**
 * The desktop app's own configuration: which store this PC uses (shared/api/connection-
 * schemas.ts). It lives beside the app (Electron's userData folder), not in the data folder or
 * the database: it says where the data is. The server's password is kept only as sealed by the
 * operating system's secret storage (Electron `safeStorage`, behind `SecretBox`), never as text.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  serverDetailsSchema,
  type ServerDetails,
  type StoreChoice,
} from '../../shared/api/connection-schemas';
import { writeFileDurably } from '../storage/durable-file';

/** Seals and opens text with the operating system's secret storage (main/electron/secret-box.ts). */
export interface SecretBox {
  /** False where the system offers no secret storage (then no password can be kept). */
  available(): boolean;
  /** The text sealed, as base64. */
  seal(text: string): string;
  open(sealed: string): string;
}

const configSchema = z.object({
  version: z.literal(1),
  store: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('embedded') }),
    serverDetailsSchema.extend({
      kind: z.literal('server'),
      /** Sealed by the SecretBox (base64); absent when none was given. */
      sealedPassword: z.string().max(4_000).optional(),
    }),
  ]),
});
export type AppConfig = z.infer<typeof configSchema>;
export type StoredStore = AppConfig['store'];

/** The file name, in Electron's userData folder (beside `data/`). */
export const CONFIG_FILE = 'tomari-config.json';

/** The configuration as saved; the embedded store when there is none yet. */
export async function readAppConfig(path: string): Promise<AppConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { version: 1, store: { kind: 'embedded' } };
    }
    throw error;
  }
  // A damaged file is an error at start, not a silent fall back to this PC's own folder: a PC
  // that quietly wrote bookings locally while the others use the server would double-book.
  return configSchema.parse(JSON.parse(text));
}

export async function writeAppConfig(path: string, config: AppConfig): Promise<void> {
  await writeFileDurably(path, `${JSON.stringify(configSchema.parse(config), null, 2)}\n`);
}

/** What a screen may see of a stored store: no password, only whether one is kept. */
export function choiceOf(store: StoredStore): StoreChoice {
  if (store.kind === 'embedded') return { kind: 'embedded' };
  const { sealedPassword, ...details } = store;
  return { ...details, hasPassword: sealedPassword !== undefined };
}

/**
 * The URL of a server (user, password and database escaped). TLS is `sslmode=verify-full`: the
 * connection is encrypted and the server's certificate checked against the system's CAs.
 */
export function serverUrl(details: ServerDetails, password: string): string {
  const bracketed = details.host.includes(':') && !details.host.startsWith('[');
  const host = bracketed ? `[${details.host}]` : details.host;
  const account = `${encodeURIComponent(details.user)}:${encodeURIComponent(password)}`;
  const database = encodeURIComponent(details.database);
  const tls = details.tls ? '?sslmode=verify-full' : '';
  return `postgres://${account}@${host}:${details.port}/${database}${tls}`;
}

/** A database URL as it may be shown: its password (if any) masked. */
export function maskedAddress(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '****';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
