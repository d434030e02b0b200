// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/i18n';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call }));
vi.mock('../session/SessionContext', () => ({ useCan: () => true }));

const key = {
  recoveryKey: 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789',
  madeAt: '2026-12-01T01:00:00.000Z',
};

/** The store's answers: its key state says whether a recovery key waits. */
function storeWith(recoveryKeyWaiting: boolean) {
  call.mockImplementation(async (channel: string) => {
    if (channel === 'storage.keyState') return { state: 'open', recoveryKeyWaiting };
    if (channel === 'storage.takeRecoveryKey') return key;
    throw new Error(`unexpected call ${channel}`);
  });
}

const takeCalls = () =>
  call.mock.calls.filter(([channel]) => channel === 'storage.takeRecoveryKey');

beforeEach(() => {
  vi.resetModules();
  storeWith(true);
});

afterEach(() => {
  cleanup();
  call.mockReset();
  vi.doUnmock('./RecoveryKeyDialog');
});

async function renderFirstKey() {
  const { FirstRecoveryKey } = await import('./FirstRecoveryKey');
  render(
    <QueryClientProvider client={new QueryClient()}>
      <FirstRecoveryKey />
    </QueryClientProvider>,
  );
}

describe('the first recovery key', () => {
  it('is taken from the store once and shown in its dialog, loaded on demand', async () => {
    await renderFirstKey();
    expect(
      (await screen.findByTestId('recovery-key', undefined, { timeout: 5000 })).textContent,
    ).toBe(key.recoveryKey);
    expect(takeCalls()).toEqual([['storage.takeRecoveryKey', {}]]);
  });

  it('is not asked for, nor its dialog loaded, when the store says none waits', async () => {
    storeWith(false);
    let loaded = false;
    vi.doMock('./RecoveryKeyDialog', async (original) => {
      loaded = true;
      return original();
    });
    await renderFirstKey();
    await waitFor(() => expect(call).toHaveBeenCalledWith('storage.keyState', {}));
    // Past the moment the key would have been asked for.
    const { PRELOAD_AFTER_MS } = await import('../../common/lazyComponent');
    await new Promise((resolve) => setTimeout(resolve, PRELOAD_AFTER_MS + 300));
    expect(takeCalls()).toEqual([]);
    expect(loaded).toBe(false);
    expect(screen.queryByTestId('recovery-key')).toBeNull();
  });

  it('is left in the store when the dialog’s code cannot load: never taken with nothing to show it', async () => {
    let tried = false;
    vi.doMock('./RecoveryKeyDialog', () => {
      tried = true;
      throw new Error('chunk failed to load');
    });
    await renderFirstKey();
    await waitFor(() => expect(tried).toBe(true), { timeout: 5000 });
    // Let the failed load settle; the key must still not be asked for.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(takeCalls()).toEqual([]);
    expect(screen.queryByTestId('recovery-key')).toBeNull();
  });
});
