/**
 * Starting Tomari when the data folder's key may not be at hand (docs/storage.md, "Opening
 * without the key"). Both shells start through here:
 *
 * - the key is at hand: the store opens, and every call goes to it (runtime.ts);
 * - this PC lacks the folder's data key (a new PC, a reset profile: DATA_KEY_MISSING): the app
 *   answers only the key channels, and 「回復キーで開く」 (`storage.recover`) unwraps the key with
 *   the recovery key from the folder's keyring, keeps it in this PC's key store and opens the
 *   folder: the same `recoverWithKey` as `npm run data -- recover`;
 * - the OS cannot protect the key here (the desktop app without a secret store): the app waits
 *   for the manager's passphrase (`storage.unlock`), which then guards this PC's key file.
 *
 * Nobody can sign in before the folder opens (the staff register is in it), so the key channels
 * are open to anyone: what opens the folder is the recovery key or the passphrase, which only the
 * manager holds. Every other call answers why the app waits (DATA_KEY_MISSING,
 * KEY_PROTECTION_UNAVAILABLE). Any other refusal at start (another process holds the folder, a
 * damaged keyring) is no matter of keys: `onFatal` gets it, as before.
 */
import type { KeyState } from '../shared/api/contract';
import { contract, isChannel } from '../shared/api/contract';
import { apiError, ServiceError, type Envelope } from '../shared/api/errors';
import { toIssues } from '../shared/messages/issues';
import type { Dispatch } from './api/dispatcher';
import { startTomari, type TomariOptions, type TomariRuntime } from './runtime';
import type { KeyAccess } from './storage/data-key';
import type { PassphraseKeys } from './storage/os-key-protection';
import { recoverWithKey } from './storage/recovery';

/** How the key is reached: directly, or once the manager gives the passphrase. */
export type KeySource = { access: KeyAccess } | { passphrase: PassphraseKeys };

export interface GatedOptions extends Omit<TomariOptions, 'keys'> {
  source: KeySource;
  /** A start no key can mend (the folder held by another process, an edited keyring…). */
  onFatal(error: unknown): void;
}

export interface GatedRuntime extends TomariRuntime {
  /** What the app waits for now (the first start's attempt settled). */
  keyState(): Promise<KeyState>;
}

type Gate =
  | { kind: 'opening'; done: Promise<void> }
  | { kind: 'open'; runtime: TomariRuntime }
  | { kind: 'keyMissing'; access: KeyAccess }
  | { kind: 'passphrase'; passphrase: PassphraseKeys }
  | { kind: 'failed'; error: unknown }
  | { kind: 'closed' };

function codeOf(error: unknown): string | undefined {
  return error instanceof ServiceError ? error.error.code : undefined;
}

function refusal(error: unknown): Envelope<unknown> {
  return {
    ok: false,
    error: error instanceof ServiceError ? error.error : apiError('INTERNAL'),
  };
}

export function startGatedTomari(options: GatedOptions): GatedRuntime {
  const { source, onFatal, ...tomari } = options;
  let gate: Gate;
  /** Unlocking runs one attempt at a time (two windows, a double click). */
  let queue: Promise<unknown> = Promise.resolve();

  const open = async (access: KeyAccess): Promise<void> => {
    try {
      gate = { kind: 'open', runtime: await startTomari({ ...tomari, keys: access }) };
    } catch (error) {
      if (codeOf(error) === 'DATA_KEY_MISSING') {
        gate = { kind: 'keyMissing', access };
        return;
      }
      gate = { kind: 'failed', error };
      onFatal(error);
    }
  };
  const opening = (access: KeyAccess) => {
    const done = open(access);
    gate = { kind: 'opening', done };
    return done;
  };
  if ('access' in source) void opening(source.access);
  else gate = { kind: 'passphrase', passphrase: source.passphrase };

  /** The gate once no attempt is under way. */
  const settled = async (): Promise<Gate> => {
    while (gate.kind === 'opening') await gate.done;
    return gate;
  };

  const keyState = async (): Promise<KeyState> => {
    const now = await settled();
    if (now.kind === 'keyMissing') return { state: 'keyMissing' };
    if (now.kind === 'passphrase') {
      return { state: 'passphrase', passphraseSet: await now.passphrase.isSet() };
    }
    if (now.kind === 'open') {
      // Opened, the store answers, with whether it made a recovery key (a folder just encrypted).
      const answer = await now.runtime.dispatch('storage.keyState', {});
      if (answer.ok) return contract['storage.keyState'].output.parse(answer.value);
    }
    return { state: 'open' };
  };

  /** Runs one unlocking step, then answers the state it led to (or the refusal it met). */
  const step = (run: (now: Gate) => Promise<void>): Promise<Envelope<unknown>> => {
    const result = queue.then(async () => {
      try {
        await run(await settled());
        if (gate.kind === 'failed') return refusal(gate.error);
        return { ok: true as const, value: await keyState() };
      } catch (error) {
        return refusal(error);
      }
    });
    queue = result;
    return result;
  };

  /** Calls while the folder is not open: the key channels, and why everything else waits. */
  const whileLocked = async (
    now: Extract<Gate, { kind: 'keyMissing' | 'passphrase' }>,
    channel: string,
    input: unknown,
  ): Promise<Envelope<unknown>> => {
    if (!isChannel(channel)) return { ok: false, error: apiError('UNKNOWN_CHANNEL') };
    if (channel === 'storage.keyState') return { ok: true, value: await keyState() };
    if (channel === 'storage.recover' || channel === 'storage.unlock') {
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) {
        return { ok: false, error: apiError('INVALID_INPUT', { issues: toIssues(parsed.error) }) };
      }
      if (channel === 'storage.recover' && 'recoveryKey' in parsed.data) {
        const { recoveryKey } = parsed.data;
        return step(async (current) => {
          if (current.kind !== 'keyMissing') return;
          await recoverWithKey(tomari.dataDir, recoveryKey, current.access.keys);
          await opening(current.access);
        });
      }
      if (channel === 'storage.unlock' && 'passphrase' in parsed.data) {
        const { passphrase } = parsed.data;
        return step(async (current) => {
          if (current.kind !== 'passphrase') return;
          await opening(await current.passphrase.open(passphrase));
        });
      }
    }
    return {
      ok: false,
      error: apiError(
        now.kind === 'keyMissing' ? 'DATA_KEY_MISSING' : 'KEY_PROTECTION_UNAVAILABLE',
      ),
    };
  };

  const dispatch: Dispatch = async (channel, input, caller) => {
    const now = await settled();
    switch (now.kind) {
      case 'open':
        return now.runtime.dispatch(channel, input, caller);
      case 'keyMissing':
      case 'passphrase':
        return whileLocked(now, channel, input);
      case 'failed':
        return refusal(now.error);
      default:
        return { ok: false, error: apiError('STORE_CLOSED') };
    }
  };

  /** Listeners given before the folder opened are handed to the store once it is open. */
  const onDataChanged: TomariRuntime['onDataChanged'] = (listener) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void settled().then((now) => {
      if (!stopped && now.kind === 'open') stop = now.runtime.onDataChanged(listener);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  };

  return {
    dispatch,
    onDataChanged,
    keyState,
    async whenIdle() {
      const now = await settled();
      if (now.kind === 'open') await now.runtime.whenIdle();
    },
    async close() {
      const now = await settled();
      gate = { kind: 'closed' };
      if (now.kind === 'open') await now.runtime.close();
    },
  };
}
