/**
 * Staff secrets, kept only as scrypt hashes (node:crypto): a random salt per secret, a cost
 * that makes each guess expensive, and a constant-time comparison. The secret itself is never
 * stored, logged or put in an error; it lives only in the call that hashes or checks it.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Credential } from '../../shared/domain/staff';

export interface SecretCost {
  /** CPU/memory cost, a power of two; memory used is about 128 × N × r bytes. */
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's first recommendation for scrypt (Password Storage Cheat Sheet): N = 2^17, r = 8,
 * p = 1, i.e. 128 MiB and about a quarter of a second per secret on an office PC. A sign-in
 * checks one secret, so a person waits that long once; someone guessing waits it every time.
 */
export const SECRET_COST: SecretCost = { N: 2 ** 17, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(secret: string, salt: Buffer, cost: SecretCost): Promise<Buffer> {
  const options: ScryptOptions = {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    // Node refuses more than 32 MiB unless told: allow what the cost needs, with room.
    maxmem: 256 * cost.N * cost.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    // NFKC: a secret typed with the IME on (full-width １２３) is the same secret as 123.
    scrypt(secret.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** The stored form of a new secret for one member of staff. */
export async function hashSecret(
  staffId: string,
  secret: string,
  cost: SecretCost,
  now: Date,
): Promise<Credential> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secret, salt, cost);
  return {
    staffId,
    algorithm: 'scrypt',
    ...cost,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
    setAt: now.toISOString(),
  };
}

/** True when `secret` is the one the credential was made from; compared in constant time. */
export async function verifySecret(secret: string, credential: Credential): Promise<boolean> {
  const expected = Buffer.from(credential.hash, 'base64');
  const key = await derive(secret, Buffer.from(credential.salt, 'base64'), credential);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** True when a stored secret was made with a lower cost than today's: rehash it on sign-in. */
export function needsRehash(credential: Credential, cost: SecretCost): boolean {
  return credential.N < cost.N || credential.r < cost.r || credential.p < cost.p;
}

/**
 * Checks a secret against nothing, at the same cost, for a sign-in to an account that has no
 * secret (or does not exist): the answer then takes as long as a real check, so timing does not
 * tell which accounts exist.
 */
export async function verifyAgainstNothing(secret: string, cost: SecretCost): Promise<false> {
  await derive(secret, Buffer.alloc(SALT_BYTES), cost);
  return false;
}
