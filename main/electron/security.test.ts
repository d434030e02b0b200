import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import {
  FakeWebContents,
  fakeApp,
  fakeSession,
  fakeShell,
  listenersOf,
  resetElectronFake,
} from './electron-fake';
import {
  hardenWebContents,
  isSafeExternalUrl,
  setupSecurity,
  withContentSecurityPolicy,
} from './security';
import type { SecurityOptions } from './security';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const options: SecurityOptions = {
  isAppUrl: (url) => url.startsWith('file:///app/out/renderer/'),
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
};

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, options);
  return contents;
}

function navigate(contents: FakeWebContents, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit('will-navigate', event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('security hooks', () => {
  beforeEach(() => resetElectronFake());

  it('prevents navigation to another origin and to files outside the app', () => {
    const contents = hardened();
    expect(navigate(contents, 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'file:///etc/passwd')).toBe(true);
  });

  it('lets the app navigate among its own pages', () => {
    expect(navigate(hardened(), 'file:///app/out/renderer/index.html')).toBe(false);
  });

  it('denies window.open and sends only https links to the OS browser', () => {
    const contents = hardened();
    const open = (url: string) => contents.windowOpenHandler?.({ url });
    expect(open('https://www.mhlw.go.jp/')).toEqual({ action: 'deny' });
    expect(fakeShell.openExternal).toHaveBeenCalledWith('https://www.mhlw.go.jp/');
    fakeShell.openExternal.mockClear();
    for (const url of ['http://example.com/', 'file:///C:/Windows/calc.exe', 'smb://x/y', 'nope']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(fakeShell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('hardens every web contents the app creates', () => {
    setupSecurity(options);
    const contents = new FakeWebContents();
    for (const listener of listenersOf(fakeApp, 'web-contents-created')) {
      (listener as (event: unknown, contents: unknown) => void)({}, contents);
    }
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('denies every permission request and permission check', () => {
    setupSecurity(options);
    const ses = fakeSession.defaultSession;
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(null, permission, 'file://', {})).toBe(false);
    }
  });

  it('adds the CSP header to app responses and leaves others alone', () => {
    setupSecurity(options);
    const onHeaders = fakeSession.defaultSession.webRequest.onHeadersReceived.mock
      .calls[0]?.[0] as (
      details: { url: string; responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;

    const appCallback = vi.fn();
    onHeaders(
      {
        url: 'file:///app/out/renderer/index.html',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Kept': ['1'] },
      },
      appCallback,
    );
    expect(appCallback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Kept': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });

    const otherCallback = vi.fn();
    onHeaders({ url: 'https://example.com/' }, otherCallback);
    expect(otherCallback).toHaveBeenCalledWith({});
  });
});

describe('helpers', () => {
  it('accepts only https URLs as external links', () => {
    expect(isSafeExternalUrl('https://example.com/a')).toBe(true);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
  });

  it('adds the CSP to a response that had no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
