// What the Electron preload exposes through contextBridge. It is absent in a plain browser
// (the browser host), which is how the client tells the two transports apart.
export interface TomariBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    tomari?: TomariBridge;
  }
}
