import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeIpcMain, resetElectronFake } from './electron-fake';
import { createInvokeHandler, setupIpc } from './ipc';
import type { IpcDependencies } from './ipc';
import { IPC_CHANNEL } from './ipc-channel';
import { createFixture, MANAGER_SECRET, type Fixture } from '../testing/fixture';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const APP_ID = 7;
const APP_URL = 'file:///opt/tomari/resources/app.asar/out/renderer/index.html#/calendar';

function invokeEvent(options: { senderId?: number; url?: string; subframe?: boolean } = {}) {
  const top = { url: options.url ?? APP_URL, parent: null };
  const frame = options.subframe ? { url: options.url ?? APP_URL, parent: top } : top;
  return {
    sender: { id: options.senderId ?? APP_ID },
    senderFrame: frame,
  } as unknown as IpcMainInvokeEvent;
}

function dependencies(): IpcDependencies & { dispatch: ReturnType<typeof vi.fn> } {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: [{ id: 'bed-1' }] }));
  return {
    dispatch,
    dispatcher: { dispatch },
    appWebContentsId: () => APP_ID,
    isAppUrl: (url) => url.startsWith('file:///opt/tomari/resources/app.asar/out/renderer/'),
  };
}

describe('the tomari:invoke handler', () => {
  beforeEach(() => resetElectronFake());

  it('forwards a call from the app window to the dispatcher and returns its envelope', async () => {
    const deps = dependencies();
    const answer = await createInvokeHandler(deps)(invokeEvent(), 'beds.list', {});
    expect(deps.dispatch).toHaveBeenCalledWith('beds.list', {}, {});
    expect(answer).toEqual({ ok: true, value: [{ id: 'bed-1' }] });
  });

  it('passes an error envelope from the dispatcher through unchanged', async () => {
    const deps = dependencies();
    const notFound = { ok: false, error: { code: 'NOT_FOUND', message: 'no such stay' } };
    deps.dispatch.mockResolvedValueOnce(notFound);
    expect(await createInvokeHandler(deps)(invokeEvent(), 'stays.get', { id: 'x' })).toEqual(
      notFound,
    );
  });

  it.each([
    ['another webContents', invokeEvent({ senderId: 99 })],
    ['a page from another origin', invokeEvent({ url: 'https://evil.example/' })],
    ['a file outside the renderer', invokeEvent({ url: 'file:///tmp/evil.html' })],
    ['a subframe of the app window', invokeEvent({ subframe: true })],
    ['a frame that is gone', { sender: { id: APP_ID }, senderFrame: null }],
  ])('refuses %s with UNTRUSTED_CALLER', async (_name, event) => {
    const deps = dependencies();
    const answer = await createInvokeHandler(deps)(
      event as unknown as IpcMainInvokeEvent,
      'beds.list',
      {},
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_CALLER' } });
    expect(deps.dispatch).not.toHaveBeenCalled();
  });

  it('refuses every caller while the app has no window', async () => {
    const deps = { ...dependencies(), appWebContentsId: () => null };
    const answer = await createInvokeHandler(deps)(invokeEvent(), 'beds.list', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_CALLER' } });
  });

  it.each([['no.such.channel'], ['__proto__'], ['toString'], [42], [undefined]])(
    'answers UNKNOWN_CHANNEL for %s',
    async (channel) => {
      const deps = dependencies();
      const answer = await createInvokeHandler(deps)(invokeEvent(), channel, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(deps.dispatch).not.toHaveBeenCalled();
    },
  );

  it('turns a dispatcher that throws into an INTERNAL envelope', async () => {
    const deps = dependencies();
    deps.dispatch.mockRejectedValueOnce(new Error('disk on fire'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await createInvokeHandler(deps)(invokeEvent(), 'beds.list', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('is registered once, on the shared channel name', async () => {
    const deps = dependencies();
    setupIpc(deps);
    expect(fakeIpcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNEL);
    expect(fakeIpcMain.handle).toHaveBeenCalledTimes(1);
    expect(fakeIpcMain.handle.mock.calls[0]?.[0]).toBe('tomari:invoke');
    const registered = fakeIpcMain.handle.mock.calls[0]?.[1] as (
      ...args: unknown[]
    ) => Promise<unknown>;
    await expect(registered(invokeEvent(), 'beds.list', {})).resolves.toMatchObject({ ok: true });
  });
});

describe("the window's session, held in the main process", () => {
  let f: Fixture;
  beforeEach(async () => {
    resetElectronFake();
    f = await createFixture();
  });
  afterEach(() => f.dispose());

  const PRINT_ID = 8;
  function handlerOverTheRuntime() {
    return createInvokeHandler({
      dispatcher: { dispatch: (c, i, caller) => f.runtime.dispatch(c, i, caller) },
      appWebContentsId: () => APP_ID,
      isExtraAppWebContents: (id) => id === PRINT_ID,
      isAppUrl: (url) => url.startsWith('file:///opt/tomari/resources/app.asar/out/renderer/'),
    });
  }

  it('signs the window in and out; the renderer never sees the session id', async () => {
    const handler = handlerOverTheRuntime();
    const window = invokeEvent();
    expect(await handler(window, 'beds.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const signedIn = await handler(window, 'session.signIn', {
      staffId: f.manager?.id,
      secret: MANAGER_SECRET,
    });
    expect(signedIn).toMatchObject({
      ok: true,
      value: { session: '', staff: { id: f.manager?.id } },
    });
    expect(await handler(window, 'beds.list', {})).toMatchObject({ ok: true });
    // A print window of the app acts with the app window's session.
    expect(await handler(invokeEvent({ senderId: PRINT_ID }), 'beds.list', {})).toMatchObject({
      ok: true,
    });
    expect(await handler(window, 'session.signOut', {})).toMatchObject({ ok: true });
    expect(await handler(window, 'beds.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('ends the session of a window that closed, and an old one when another staff member signs in over it', async () => {
    const handler = handlerOverTheRuntime();
    const window = invokeEvent();
    const carer = await f.addStaff(['care']);
    await handler(window, 'session.signIn', { staffId: f.manager?.id, secret: MANAGER_SECRET });
    const before = await f.call('audit.list', { from: '2026-05-12', to: '2026-05-12' });
    await handler(window, 'session.signIn', { staffId: carer.staff.id, secret: carer.secret });
    const after = await f.call('audit.list', { from: '2026-05-12', to: '2026-05-12' });
    // The manager's window session was signed out once the carer had signed in over it.
    expect(after.slice(0, after.length - before.length)).toMatchObject([
      { action: 'session.signOut', actor: f.manager?.id },
      { action: 'session.signIn', actor: carer.staff.id },
    ]);
    expect(await handler(window, 'beds.save', { bed: {} })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    await handler.endSessionOf(APP_ID);
    expect(await handler(window, 'beds.list', {})).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
