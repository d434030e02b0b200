/**
 * Variants of the app's Content-Security-Policy for the Electron shell. The policy itself lives in
 * main/csp.ts, shared with the browser host, so the two transports can never drift apart. No
 * Electron import here, so anything may use these.
 */
import { CONTENT_SECURITY_POLICY } from '../csp';

export { CONTENT_SECURITY_POLICY };

/**
 * The same policy for the `<meta http-equiv>` tag of renderer/index.html (a test keeps the two
 * equal), which browsers accept without `frame-ancestors` (it is ignored there, with a console
 * warning). Needed because a page loaded from file:// may not get response headers from
 * Electron's webRequest hook.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * The policy while developing against the Vite dev server: its React Fast Refresh preamble is an
 * inline script and hot reload talks over a WebSocket to the dev server. Never used when packaged.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  const { host } = new URL(devServerUrl);
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    "script-src 'self' 'unsafe-inline'",
  ).replace("connect-src 'self'", `connect-src 'self' ws://${host}`);
}
