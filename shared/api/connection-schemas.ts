/**
 * Where a copy of Tomari keeps the facility's data, as the manager's settings screen shows and
 * chooses it (docs/postgres.md): 「このPCだけ」 (the embedded folder) or 「施設のサーバー」 (a
 * PostgreSQL database). The choice is the app's own configuration, not facility data: it is
 * kept beside the app, never in the data folder or the database, and takes effect at the next
 * start. A password never travels back to a screen; `hasPassword` says whether one is kept.
 */
import { z } from 'zod';

/** The server's address and account; the password travels separately, one way only. */
export const serverDetailsSchema = z
  .object({
    host: z
      .string()
      .trim()
      .min(1)
      .max(253)
      // A host name or address only: no scheme, path, spaces or credentials.
      .regex(/^[A-Za-z0-9.:[\]_-]+$/),
    port: z.number().int().min(1).max(65_535),
    database: z.string().trim().min(1).max(63),
    user: z.string().trim().min(1).max(63),
    /** Encrypted connection, the server's certificate checked against the system's CAs. */
    tls: z.boolean(),
  })
  .strict();
export type ServerDetails = z.infer<typeof serverDetailsSchema>;

/** PostgreSQL's own default port. */
export const DEFAULT_PORT = 5432;

const passwordSchema = z.string().min(1).max(200);

/** A store as saved or running, without any password. */
export const storeChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded') }).strict(),
  serverDetailsSchema.extend({ kind: z.literal('server'), hasPassword: z.boolean() }).strict(),
]);
export type StoreChoice = z.infer<typeof storeChoiceSchema>;

export const connectionViewSchema = z.object({
  /** What this process runs on; `address` is the server's URL with the password masked. */
  running: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('embedded') }).strict(),
    z.object({ kind: z.literal('server'), address: z.string() }).strict(),
  ]),
  /** What the next start will use (desktop app); null where it cannot be chosen here. */
  saved: storeChoiceSchema.nullable(),
  /**
   * Whether the choice can be changed from this screen: the desktop app only. The browser host
   * runs with what it was started with (`--database` or TOMARI_DATABASE_URL).
   */
  canChange: z.boolean(),
});
export type ConnectionView = z.infer<typeof connectionViewSchema>;

/**
 * A server to try or to save. No password: keep the one saved (a test of the saved server, or
 * a change of its other details).
 */
export const serverInputSchema = serverDetailsSchema
  .extend({ password: passwordSchema.optional() })
  .strict();
export type ServerInput = z.infer<typeof serverInputSchema>;

export const connectionSaveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('embedded') }).strict(),
  serverInputSchema.extend({ kind: z.literal('server') }).strict(),
]);
export type ConnectionSave = z.infer<typeof connectionSaveSchema>;

/** What a connection test found; the screen words each problem in Japanese. */
export const CONNECTION_PROBLEMS = [
  /** No answer at that address and port (refused, unknown host, timed out). */
  'unreachable',
  /** The server refused the user name or password (28P01, 28000). */
  'wrongPassword',
  /** The server has no database of that name (3D000). */
  'databaseMissing',
  /** Its tables were set up by a newer Tomari than this one. */
  'tooNew',
  /** TLS asked for, and the server does not offer it. */
  'tlsRefused',
  /** TLS asked for, and the server's certificate is not one this PC trusts. */
  'tlsUntrusted',
  /** No password given and none saved. */
  'noPassword',
  /** Anything else; the screen says to ask whoever runs the server. */
  'other',
] as const;
export type ConnectionProblem = (typeof CONNECTION_PROBLEMS)[number];

export const connectionTestResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** The database's Tomari schema version; 0: empty, Tomari sets it up at its first start. */
    found: z.number().int().min(0),
    /** The version this Tomari knows. */
    known: z.number().int().min(0),
  }),
  z.object({
    ok: z.literal(false),
    problem: z.enum(CONNECTION_PROBLEMS),
    found: z.number().int().min(0).optional(),
    known: z.number().int().min(0).optional(),
  }),
]);
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>;

/** Why this PC's data could not be moved to the server (besides a connection problem). */
export const IMPORT_PROBLEMS = [
  ...CONNECTION_PROBLEMS,
  /** The database already holds a facility's data: moving would mix two facilities. */
  'notEmpty',
  /** What was read back differs from what was written (nothing to rely on: ask for help). */
  'notVerified',
] as const;

/** What moving this PC's data to the server did: per table, the records copied and verified. */
export const importResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    tables: z.array(z.object({ table: z.string(), count: z.number().int().min(0) })),
  }),
  z.object({
    ok: z.literal(false),
    problem: z.enum(IMPORT_PROBLEMS),
    found: z.number().int().min(0).optional(),
    known: z.number().int().min(0).optional(),
  }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;
