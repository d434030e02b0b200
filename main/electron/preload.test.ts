import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ElectronFake from './electron-fake';
import { IPC_CHANNEL } from './ipc-channel';

type Fake = typeof ElectronFake;

describe('the preload', () => {
  let fake: Fake;

  // The preload acts on import, so each test loads a fresh copy (and the fake it sees).
  beforeEach(async () => {
    vi.resetModules();
    fake = await import('./electron-fake');
    const electron = fake.electronFake;
    vi.doMock('electron', () => electron);
    await import('./preload');
  });

  function exposed(): { key: unknown; api: Record<string, unknown> } {
    expect(fake.fakeContextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = fake.fakeContextBridge.exposeInMainWorld.mock.calls[0] as [
      unknown,
      Record<string, unknown>,
    ];
    return { key, api };
  }

  it('exposes exactly one key, tomari, holding exactly one function, invoke', () => {
    const { key, api } = exposed();
    expect(key).toBe('tomari');
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api['invoke']).toBe('function');
  });

  it('sends invoke over the shared channel with the API channel and input', async () => {
    const envelope = { ok: true, value: { facilityName: 'ひだまり' } };
    fake.fakeIpcRenderer.invoke.mockResolvedValueOnce(envelope);
    const invoke = exposed().api['invoke'] as (channel: string, input: unknown) => Promise<unknown>;
    await expect(invoke('settings.get', {})).resolves.toBe(envelope);
    expect(fake.fakeIpcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'settings.get', {});
    expect(fake.fakeIpcRenderer.invoke.mock.calls[0]).toHaveLength(3);
    expect(IPC_CHANNEL).toBe('tomari:invoke');
  });
});
