/**
 * The IPC binding: one handler on IPC_CHANNEL that forwards (channel, input) to the runtime's
 * dispatcher. Like electron/fiddle, every call is checked to come from the app's own window and
 * top frame before anything else happens; answers are always envelopes, never thrown errors.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { isChannel } from '../../shared/api/contract';
import { apiError, type ApiError, type Envelope } from '../../shared/api/errors';
import { logFailure } from '../log-failure';
import { IPC_CHANNEL } from './ipc-channel';

export interface Dispatcher {
  dispatch(channel: string, input: unknown): Promise<Envelope<unknown>>;
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

export function createInvokeHandler(deps: IpcDependencies): InvokeHandler {
  return async (event, channel, input) => {
    if (!isTrustedSender(event, deps)) {
      return failure(apiError('UNTRUSTED_CALLER', { variant: 'sender' }));
    }
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return failure(apiError('UNKNOWN_CHANNEL'));
    }
    try {
      return await deps.dispatcher.dispatch(channel, input);
    } catch (error) {
      // The dispatcher should already answer with an envelope; this keeps a bug from reaching
      // the renderer as a rejected promise.
      logFailure(channel, error);
      return failure(apiError('INTERNAL'));
    }
  };
}

export function setupIpc(deps: IpcDependencies): void {
  // Only one handler may exist per channel; replacing keeps a re-run (tests, macOS re-activate)
  // from throwing.
  ipcMain.removeHandler(IPC_CHANNEL);
  ipcMain.handle(IPC_CHANNEL, createInvokeHandler(deps));
}
