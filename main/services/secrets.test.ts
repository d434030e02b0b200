import { describe, expect, it } from 'vitest';
import { TEST_SECRET_COST } from '../testing/fixture';
import {
  hashSecret,
  needsRehash,
  SECRET_COST,
  verifyAgainstNothing,
  verifySecret,
} from './secrets';

const NOW = new Date('2026-05-12T03:00:00Z');

describe('secrets', () => {
  it("are hashed at OWASP's scrypt cost by default (N = 2^17, r = 8, p = 1), which node can run", async () => {
    expect(SECRET_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const stored = await hashSecret('s1', 'yoru-no-kagi', SECRET_COST, NOW);
    expect(stored).toMatchObject({ staffId: 's1', algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(await verifySecret('yoru-no-kagi', stored)).toBe(true);
  });

  it('verify only the secret they were made from', async () => {
    const stored = await hashSecret('s1', 'yoru-no-kagi', TEST_SECRET_COST, NOW);
    expect(await verifySecret('yoru-no-kagi', stored)).toBe(true);
    for (const wrong of ['yoru-no-kag', 'yoru-no-kagi ', 'YORU-NO-KAGI', '']) {
      expect(await verifySecret(wrong, stored)).toBe(false);
    }
  });

  it('get a salt of their own: the same secret twice, two hashes', async () => {
    const a = await hashSecret('s1', 'onaji-kagi', TEST_SECRET_COST, NOW);
    const b = await hashSecret('s2', 'onaji-kagi', TEST_SECRET_COST, NOW);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('are compared after NFKC, so full-width input typed with the IME on is the same secret', async () => {
    const stored = await hashSecret('s1', 'Kagi2026', TEST_SECRET_COST, NOW);
    expect(await verifySecret('Ｋａｇｉ２０２６', stored)).toBe(true);
  });

  it('are checked against nothing at the same cost for an account that has none', async () => {
    expect(await verifyAgainstNothing('anything', TEST_SECRET_COST)).toBe(false);
  });

  it('made at a lower cost than today are due for a new hash', async () => {
    const stored = await hashSecret('s1', 'kagi-kagi', TEST_SECRET_COST, NOW);
    expect(needsRehash(stored, TEST_SECRET_COST)).toBe(false);
    expect(needsRehash(stored, SECRET_COST)).toBe(true);
  });
});
