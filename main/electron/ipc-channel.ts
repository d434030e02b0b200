/**
 * The one IPC channel between the preload and the main process. Every API call travels on it
 * with the contract's channel name as an argument, so the renderer's reach into the main process
 * is exactly one handler, checked in one place (ipc.ts).
 */
export const IPC_CHANNEL = 'tomari:invoke';
