/** The sealed format: what opens, and every way a sealed record can fail to. */
import { describe, expect, it } from 'vitest';
import {
  SealError,
  keyIdOf,
  looksSealed,
  newDataKey,
  seal,
  sealLine,
  unseal,
  unsealLine,
} from './sealed-format';

const key = newDataKey();
const plain = Buffer.from('{"persons":[{"familyName":"山田","phone":"090-1111-2222"}]}\n');

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof SealError) return error.problem;
    throw error;
  }
}

describe('a sealed file', () => {
  it('opens back to the same bytes, and holds none of them in clear', () => {
    const sealed = seal(key, 'master.json', plain);
    expect(unseal(key, 'master.json', sealed)).toEqual(plain);
    expect(looksSealed(sealed)).toBe(true);
    expect(sealed.includes(Buffer.from('山田'))).toBe(false);
    expect(sealed.includes(Buffer.from('090-1111-2222'))).toBe(false);
    // A fresh nonce every time: the same contents never give the same bytes.
    expect(seal(key, 'master.json', plain).equals(sealed)).toBe(false);
    expect(unseal(key, 'x', seal(key, 'x', Buffer.alloc(0)))).toEqual(Buffer.alloc(0));
  });

  it('fails authentication when any single byte changes: header, nonce, contents or tag', () => {
    const sealed = seal(key, 'stays.json', plain);
    const problems = new Set<string | undefined>();
    for (let at = 0; at < sealed.length; at++) {
      const changed = Buffer.from(sealed);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      const problem = problemOf(() => unseal(key, 'stays.json', changed));
      expect(problem, `byte ${at}`).toBeDefined();
      problems.add(problem);
    }
    // The magic, the version, the key id, the length, and everything else (authentication).
    expect([...problems].sort()).toEqual(
      ['newer-format', 'not-authentic', 'not-sealed', 'other-key', 'truncated'].sort(),
    );
  });

  it('does not open under another key, as another file, cut off, or with bytes added', () => {
    const sealed = seal(key, 'stays.json', plain);
    const other = newDataKey();
    expect(problemOf(() => unseal(other, 'stays.json', sealed))).toBe('other-key');
    expect(problemOf(() => unseal(key, 'master.json', sealed))).toBe('not-authentic');
    expect(problemOf(() => unseal(key, 'stays.json', sealed.subarray(0, 40)))).toBe('truncated');
    expect(problemOf(() => unseal(key, 'stays.json', sealed.subarray(0, 3)))).toBe('not-sealed');
    const longer = Buffer.concat([sealed, Buffer.from('{"x":1}')]);
    expect(problemOf(() => unseal(key, 'stays.json', longer))).toBe('not-authentic');
    expect(problemOf(() => unseal(key, 'stays.json', plain))).toBe('not-sealed');
    expect(keyIdOf(key)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(other)).not.toBe(keyIdOf(key));
  });
});

describe('a sealed audit line', () => {
  const line = sealLine(key, 'audit.jsonl', '{"at":"2026-11-27T05:10:00.000Z","action":"a"}');

  it('is one line of base64url behind its prefix, and opens back', () => {
    expect(line).toMatch(/^E1:[A-Za-z0-9_-]+$/);
    expect(unsealLine(key, 'audit.jsonl', line)).toEqual({
      kind: 'ok',
      text: '{"at":"2026-11-27T05:10:00.000Z","action":"a"}',
    });
  });

  it('cut off anywhere by a crash reads as torn, never as damage', () => {
    for (let n = 1; n < line.length; n++) {
      expect(unsealLine(key, 'audit.jsonl', line.slice(0, n)).kind, `${n} chars`).toBe('torn');
    }
  });

  it('changed, moved from another file, sealed under another key or in clear is damage', () => {
    const changed = `${line.slice(0, 30)}${line[30] === 'A' ? 'B' : 'A'}${line.slice(31)}`;
    expect(unsealLine(key, 'audit.jsonl', changed).kind).toBe('bad');
    expect(unsealLine(key, 'stays.json', line).kind).toBe('bad');
    expect(unsealLine(newDataKey(), 'audit.jsonl', line)).toEqual({
      kind: 'bad',
      problem: 'other-key',
    });
    expect(unsealLine(key, 'audit.jsonl', '{"at":"2026-11-27"}').kind).toBe('bad');
    expect(unsealLine(key, 'audit.jsonl', `${line}\u0000`).kind).toBe('bad');
    expect(unsealLine(key, 'audit.jsonl', '\u0000'.repeat(line.length)).kind).toBe('bad');
  });
});
