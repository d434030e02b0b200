/**
 * The IPC binding: one handler on IPC_CHANNEL that forwards (channel, input) to the runtime's
 * dispatcher. Like electron/fiddle, every call is checked to come from the app's own window and
 * top frame before anything else happens; answers are always envelopes, never thrown errors.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { isChannel } from '../../shared/api/contract';
import { apiError, type ApiError, type Envelope } from '../../shared/api/errors';
import type { Caller } from '../api/dispatcher';
import { logFailure } from '../log-failure';
import { IPC_CHANNEL } from './ipc-channel';

export interface Dispatcher {
  dispatch(channel: string, input: unknown, caller?: Caller): Promise<Envelope<unknown>>;
}

export interface IpcDependencies {
  dispatcher: Dispatcher;
  /** The id of the app window's webContents, or null while there is none. */
  appWebContentsId(): number | null;
  /** Other windows of the app that may call too (the print windows), by webContents id. */
  isExtraAppWebContents?(id: number): boolean;
  isAppUrl(url: string): boolean;
}

export type InvokeHandler = (
  event: IpcMainInvokeEvent,
  channel: unknown,
  input: unknown,
) => Promise<Envelope<unknown>>;

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error };
}

/**
 * A frame may call only if it is the top frame of the app window and shows an app page: a
 * navigated-away window, an injected iframe or another webContents gets FORBIDDEN.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, deps: IpcDependencies): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const id = event.sender.id;
  if (id !== deps.appWebContentsId() && !deps.isExtraAppWebContents?.(id)) return false;
  return deps.isAppUrl(frame.url);
}

/**
 * The sessions of the app's windows, held in the main process by the window's webContents id:
 * a window signs in and out through the API as the browser host's page does, but its session
 * never reaches the renderer (the answer to session.signIn reaches it without the id). A print
 * window acts for the app window, with its session.
 */
export interface WindowSessions {
  /** Ends the session a window holds (it closed, or its page was replaced). */
  endSessionOf(webContentsId: number): Promise<void>;
}

export function createInvokeHandler(deps: IpcDependencies): InvokeHandler & WindowSessions {
  const sessions = new Map<number, string>();
  const signOut = async (session: string) => {
    await deps.dispatcher.dispatch('session.signOut', {}, { session }).catch(() => undefined);
  };
  const handler = async (
    event: IpcMainInvokeEvent,
    channel: unknown,
    input: unknown,
  ): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, deps)) {
      return failure(apiError('UNTRUSTED_CALLER', { variant: 'sender' }));
    }
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return failure(apiError('UNKNOWN_CHANNEL'));
    }
    const owner = deps.isExtraAppWebContents?.(event.sender.id)
      ? (deps.appWebContentsId() ?? event.sender.id)
      : event.sender.id;
    const held = sessions.get(owner);
    try {
      const answer = await deps.dispatcher.dispatch(
        channel,
        input,
        held === undefined ? {} : { session: held },
      );
      if (
        channel === 'session.signOut' ||
        (!answer.ok && answer.error.code === 'UNAUTHENTICATED')
      ) {
        sessions.delete(owner);
      }
      if (channel === 'session.signIn' && answer.ok) {
        const { session, ...rest } = answer.value as { session: string };
        // Signing in over a session (switching user without signing out) ends the old one.
        if (held !== undefined && held !== session) await signOut(held);
        sessions.set(owner, session);
        return { ok: true, value: { ...rest, session: '' } };
      }
      return answer;
    } catch (error) {
      // The dispatcher should already answer with an envelope; this keeps a bug from reaching
      // the renderer as a rejected promise.
      logFailure(channel, error);
      return failure(apiError('INTERNAL'));
    }
  };
  return Object.assign(handler, {
    async endSessionOf(webContentsId: number) {
      const held = sessions.get(webContentsId);
      sessions.delete(webContentsId);
      if (held !== undefined) await signOut(held);
    },
  });
}

export function setupIpc(deps: IpcDependencies): WindowSessions {
  // Only one handler may exist per channel; replacing keeps a re-run (tests, macOS re-activate)
  // from throwing.
  ipcMain.removeHandler(IPC_CHANNEL);
  const handler = createInvokeHandler(deps);
  ipcMain.handle(IPC_CHANNEL, handler);
  return handler;
}
