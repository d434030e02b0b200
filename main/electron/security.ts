/**
 * Security hooks from the Electron security checklist, applied to every web contents the app
 * ever creates (actualbudget's security.ts does the same): the renderer may not leave the app,
 * open windows, embed <webview>, or be granted any browser permission, and its pages carry a
 * strict Content-Security-Policy.
 */
import { app, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { logFailure } from '../log-failure';

export interface SecurityOptions {
  isAppUrl(url: string): boolean;
  contentSecurityPolicy: string;
}

/** Only https links go to the OS browser: file:, smb:, custom schemes could run programs. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, options: SecurityOptions): void {
  contents.on('will-navigate', (event) => {
    if (!options.isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => logFailure('opening a link', error));
    }
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Replaces any CSP the response brings, whatever the header's case, with ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

export function setupSecurity(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));

  const ses = session.defaultSession;
  // Tomari needs no camera, notifications, geolocation, ...: refuse both the prompt and the
  // silent check, as the checklist asks for both handlers.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!options.isAppUrl(details.url)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: withContentSecurityPolicy(
        details.responseHeaders,
        options.contentSecurityPolicy,
      ),
    });
  });
}
