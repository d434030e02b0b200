import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createInvokeHandler, type IpcDependencies } from './ipc';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const APP_URL = 'file:///opt/tomari/out/renderer/index.html#/print/summary/s1';

function event(senderId: number, url = APP_URL): IpcMainInvokeEvent {
  return { sender: { id: senderId }, senderFrame: { url, parent: null } } as never;
}

function deps(printIds: number[]): IpcDependencies {
  return {
    dispatcher: { dispatch: vi.fn(async () => ({ ok: true as const, value: {} })) },
    appWebContentsId: () => 1,
    isExtraAppWebContents: (id) => printIds.includes(id),
    isAppUrl: (url) => url.startsWith('file:///opt/tomari/out/renderer/'),
  };
}

describe('IPC from print windows', () => {
  it('answers a print window showing an app page', async () => {
    const answer = await createInvokeHandler(deps([5]))(event(5), 'summary.get', { stayId: 's1' });
    expect(answer.ok).toBe(true);
  });

  it('still refuses other webContents, and a print window that left the app', async () => {
    const handler = createInvokeHandler(deps([5]));
    expect(await handler(event(6), 'summary.get', {})).toMatchObject({
      error: { code: 'UNTRUSTED_CALLER' },
    });
    expect(await handler(event(5, 'https://evil.example/'), 'summary.get', {})).toMatchObject({
      error: { code: 'UNTRUSTED_CALLER' },
    });
  });
});
