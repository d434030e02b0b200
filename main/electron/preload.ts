/**
 * The preload: the renderer's only door to the main process. It exposes one function, with the
 * contract's channel name as data, so the exposed surface never grows when channels are added.
 * Bundled to CommonJS because sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/api/errors';
import { IPC_CHANNEL } from './ipc-channel';

/** What the renderer sees as `window.tomari`. */
export interface TomariBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
}

const bridge: TomariBridge = {
  // A wrapper, not ipcRenderer itself: the renderer must never get at IPC or its events.
  invoke: (channel, input) =>
    ipcRenderer.invoke(IPC_CHANNEL, channel, input) as Promise<Envelope<unknown>>,
};

contextBridge.exposeInMainWorld('tomari', bridge);
