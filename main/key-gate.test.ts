/**
 * Starting without the data folder's key at hand (key-gate.ts): the recovery key and the
 * manager's passphrase open it through the dispatcher, as both shells call it; nothing else is
 * answered until then, and a start no key can mend is still fatal.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../shared/api/errors';
import { startGatedTomari, type GatedRuntime, type KeySource } from './key-gate';
import { memoryKeyStore, type KeyAccess } from './storage/data-key';
import { passphraseKeys } from './storage/os-key-protection';
import { openStore } from './storage/store';
import { bed, audit } from './storage/test-fixtures';

let dir: string;
let dataDir: string;
const started: GatedRuntime[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tomari-gate-'));
  dataDir = join(dir, 'data');
});
afterEach(async () => {
  for (const runtime of started.splice(0)) await runtime.close();
  await rm(dir, { recursive: true, force: true });
});

/** A folder made on "the old PC", holding one bed; answers its recovery key. */
async function folderFromAnotherPc(): Promise<string> {
  const oldPc: KeyAccess = { keys: memoryKeyStore(), recoveryCost: 10 };
  const store = await openStore({ dataDir, keys: oldPc, now: () => new Date() });
  await store.repo.apply({ beds: [bed('b1')], audit: audit() });
  const recovery = store.takeNewRecoveryKey();
  await store.close();
  if (!recovery) throw new Error('a new folder makes a recovery key');
  return recovery.recoveryKey;
}

function gated(source: KeySource, onFatal = vi.fn()): GatedRuntime {
  const runtime = startGatedTomari({
    dataDir,
    source,
    onFatal,
    secretCost: { N: 1024, r: 8, p: 1 },
  });
  started.push(runtime);
  return runtime;
}

function codeOf(answer: Envelope<unknown>): string | undefined {
  return answer.ok ? undefined : answer.error.code;
}

describe('a PC without the folder’s key', () => {
  it('answers only the key channels, and opens with the recovery key (「回復キーで開く」)', async () => {
    const recoveryKey = await folderFromAnotherPc();
    const newPc = memoryKeyStore();
    const app = gated({ access: { keys: newPc } });

    expect(await app.dispatch('storage.keyState', {})).toEqual({
      ok: true,
      value: { state: 'keyMissing' },
    });
    // Nobody can sign in yet: the staff register is in the sealed folder.
    expect(codeOf(await app.dispatch('session.staffNames', {}))).toBe('DATA_KEY_MISSING');
    expect(codeOf(await app.dispatch('storage.status', {}))).toBe('DATA_KEY_MISSING');
    expect(codeOf(await app.dispatch('storage.recover', {}))).toBe('INVALID_INPUT');
    expect(
      codeOf(await app.dispatch('storage.recover', { recoveryKey: 'AAAA-BBBB-CCCC-DDDD' })),
    ).toBe('RECOVERY_KEY_WRONG');
    expect(newPc.keys.size).toBe(0);

    // Typed as a person types it: lower case, spaces for hyphens.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    // The folder's recovery key is the one typed: no new one waits to be shown.
    expect(await app.dispatch('storage.recover', { recoveryKey: typed })).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
    expect(newPc.keys.size).toBe(1);
    // Open: the store answers (a first run asks for the manager; this one has none yet).
    expect(await app.dispatch('session.staffNames', {})).toEqual({ ok: true, value: [] });
    expect(await app.dispatch('storage.keyState', {})).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
    // Sent again once open, the key channels change nothing.
    expect(await app.dispatch('storage.recover', { recoveryKey: 'wrong' })).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
  });
});

describe("a PC whose OS cannot protect the key (the manager's passphrase)", () => {
  const keyFile = () => join(dir, 'config', 'data-keys.json');

  it('asks for a passphrase, the first one chosen, and only that one opens it after', async () => {
    const first = gated({ passphrase: passphraseKeys(keyFile(), 10) });
    expect(await first.dispatch('storage.keyState', {})).toEqual({
      ok: true,
      value: { state: 'passphrase', passphraseSet: false },
    });
    expect(codeOf(await first.dispatch('beds.list', {}))).toBe('KEY_PROTECTION_UNAVAILABLE');
    expect(codeOf(await first.dispatch('storage.unlock', { passphrase: 'short' }))).toBe(
      'INVALID_INPUT',
    );
    // A new folder: its key is made and kept under the passphrase, and its recovery key waits
    // for the first manager.
    expect(await first.dispatch('storage.unlock', { passphrase: 'kanrisha-no-aikotoba' })).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: true },
    });
    expect(await first.dispatch('session.staffNames', {})).toEqual({ ok: true, value: [] });
    const secret = 'kanri-1234';
    const setup = await first.dispatch('staff.setup', {
      name: '試験 管理者',
      nameKana: 'しけん かんりしゃ',
      secret,
    });
    expect(setup.ok).toBe(true);
    const staffId = setup.ok ? (setup.value as { id: string }).id : '';
    const signIn = await first.dispatch('session.signIn', { staffId, secret });
    expect(signIn.ok).toBe(true);
    const session = signIn.ok ? (signIn.value as { session: string }).session : '';
    const taken = await first.dispatch('storage.takeRecoveryKey', {}, { session });
    expect(taken.ok && taken.value).toMatchObject({ recoveryKey: expect.any(String) });
    // Taken once: nothing waits any more.
    expect(await first.dispatch('storage.keyState', {})).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
    await first.close();

    const next = gated({ passphrase: passphraseKeys(keyFile(), 10) });
    expect(await next.dispatch('storage.keyState', {})).toEqual({
      ok: true,
      value: { state: 'passphrase', passphraseSet: true },
    });
    expect(
      codeOf(await next.dispatch('storage.unlock', { passphrase: 'chigau-aikotoba-desu' })),
    ).toBe('PASSPHRASE_WRONG');
    expect(await next.dispatch('storage.unlock', { passphrase: 'kanrisha-no-aikotoba' })).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
  });

  it('then asks for the recovery key when the folder came from another PC, and keeps it under the passphrase', async () => {
    const recoveryKey = await folderFromAnotherPc();
    const app = gated({ passphrase: passphraseKeys(keyFile(), 10) });
    expect(await app.dispatch('storage.unlock', { passphrase: 'kanrisha-no-aikotoba' })).toEqual({
      ok: true,
      value: { state: 'keyMissing' },
    });
    expect(await app.dispatch('storage.recover', { recoveryKey })).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
    await app.close();
    // The next start needs only the passphrase.
    const next = gated({ passphrase: passphraseKeys(keyFile(), 10) });
    expect(await next.dispatch('storage.unlock', { passphrase: 'kanrisha-no-aikotoba' })).toEqual({
      ok: true,
      value: { state: 'open', recoveryKeyWaiting: false },
    });
  });
});

describe('a start no key can mend', () => {
  it('is fatal as before: another process holds the folder', async () => {
    const keys: KeyAccess = { keys: memoryKeyStore(), recoveryCost: 10 };
    const holder = gated({ access: keys });
    expect((await holder.keyState()).state).toBe('open');
    const onFatal = vi.fn();
    const second = gated({ access: keys }, onFatal);
    expect((await second.keyState()).state).toBe('open');
    expect(onFatal).toHaveBeenCalledWith(
      expect.objectContaining({ error: expect.objectContaining({ code: 'DATA_FOLDER_LOCKED' }) }),
    );
    expect(codeOf(await second.dispatch('beds.list', {}))).toBe('DATA_FOLDER_LOCKED');
  });
});
