/**
 * Staff: who works at the facility, what they may do (roles), and how they sign in. The records
 * and the pure rules of signing in live here; hashing and sessions are the main process's
 * (main/services/secrets.ts, main/api/sessions.ts). docs/staff.md explains the whole.
 */
import { z } from 'zod';
import { normalizeForSearch } from './kana';
import { qualificationSchema } from './qualifications';
import { idSchema, KANA_PATTERN, roleSchema, timestampSchema, type Role } from './schemas';

/** A member of staff as the register holds them; a retired one (`active: false`) stays. */
export const staffSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(40),
  nameKana: z.string().trim().min(1).max(80).regex(KANA_PATTERN),
  /** At least one: a member of staff who may do nothing could not even sign in usefully. */
  roles: z
    .array(roleSchema)
    .min(1)
    .refine((roles) => new Set(roles).size === roles.length, 'each role once'),
  qualifications: z.array(qualificationSchema).max(30),
  active: z.boolean(),
});
export type Staff = z.infer<typeof staffSchema>;

/** What the sign-in list shows of each active member of staff: no roles, no qualifications. */
export const staffNameSchema = staffSchema.pick({ id: true, name: true, nameKana: true });
export type StaffName = z.infer<typeof staffNameSchema>;

/** The shortest secret accepted (SECRET_TOO_SHORT below it). */
export const MIN_SECRET_LENGTH = 6;
/** Longer secrets are refused: a hash of megabytes would only cost the server time. */
export const MAX_SECRET_LENGTH = 200;

/** A secret as typed: never trimmed (a space is a character like any other), only bounded. */
export const secretSchema = z.string().max(MAX_SECRET_LENGTH);

/** True when a secret is long enough to be kept (counted in characters, not UTF-16 units). */
export function secretLongEnough(secret: string): boolean {
  return [...secret].length >= MIN_SECRET_LENGTH;
}

/**
 * A secret as stored: scrypt's derived key with its salt and the cost it was made with, so the
 * cost can be raised later without invalidating secrets already kept (they are rehashed at the
 * next sign-in). Never the secret itself.
 */
export const credentialSchema = z.object({
  staffId: idSchema,
  algorithm: z.literal('scrypt'),
  /** scrypt's cost (N, a power of two), block size (r) and parallelism (p). */
  N: z
    .number()
    .int()
    .min(2)
    .max(2 ** 22),
  r: z.number().int().min(1).max(64),
  p: z.number().int().min(1).max(64),
  salt: z.string().min(16).max(200),
  hash: z.string().min(16).max(200),
  setAt: timestampSchema,
});
export type Credential = z.infer<typeof credentialSchema>;

/** Wrong secrets in a row that lock an account. */
export const LOCK_AFTER_FAILURES = 5;
/** How long a lock lasts. */
export const LOCK_MINUTES = 5;

/**
 * The sign-in counter of one account: wrong secrets since the last success, and until when the
 * account is locked. Kept in storage, so that several PCs sharing a server store share it.
 */
export const signInStateSchema = z.object({
  staffId: idSchema,
  failures: z.number().int().min(0).max(1000),
  lockedUntil: timestampSchema.optional(),
});
export type SignInState = z.infer<typeof signInStateSchema>;

/** The lock's end when the account is locked at `now`; undefined when it may sign in. */
export function lockedUntil(state: SignInState | undefined, now: Date): string | undefined {
  const until = state?.lockedUntil;
  return until !== undefined && new Date(until).getTime() > now.getTime() ? until : undefined;
}

/**
 * The counter after one wrong secret (LOCKED rule): the fifth in a row locks the account for
 * LOCK_MINUTES and starts the count again, so the lock's end gives five more tries.
 */
export function afterFailure(
  staffId: string,
  state: SignInState | undefined,
  now: Date,
): { state: SignInState; locked: boolean } {
  const failures = (lockedUntil(state, now) ? 0 : (state?.failures ?? 0)) + 1;
  if (failures < LOCK_AFTER_FAILURES) return { state: { staffId, failures }, locked: false };
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  return { state: { staffId, failures: 0, lockedUntil: until }, locked: true };
}

/** Wrong secrets still allowed before the account locks. */
export function triesLeft(state: SignInState | undefined): number {
  return Math.max(0, LOCK_AFTER_FAILURES - (state?.failures ?? 0));
}

/** True when a member of staff holding `roles` may call a channel open to `allowed`. */
export function mayUse(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((role) => allowed.includes(role));
}

/** The sign-in list's search: by name or reading, in either kana script, any width. */
export function staffMatches(staff: Pick<Staff, 'name' | 'nameKana'>, text: string): boolean {
  const needle = normalizeForSearch(text);
  if (needle === '') return true;
  return [staff.name, staff.nameKana].some((s) => normalizeForSearch(s).includes(needle));
}

let kanaOrder: Intl.Collator | undefined;

/** The register's order: by reading, then by name and id so the order is total. */
export function byReading(a: StaffName, b: StaffName): number {
  // Made on first use: a collator costs the renderer's start nothing until a list is sorted.
  kanaOrder ??= new Intl.Collator('ja');
  return (
    kanaOrder.compare(a.nameKana, b.nameKana) ||
    kanaOrder.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
