import { describe, expect, it } from 'vitest';
import { hasToken, isLoopbackHost } from './http-rules';

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1:4000', true],
    ['localhost:4000', true],
    ['LOCALHOST:4000', true],
    ['[::1]:4000', true],
    ['127.0.0.1:4001', false],
    ['127.0.0.1', false],
    ['evil.example:4000', false],
    ['localhost.evil.example:4000', false],
    ['0.0.0.0:4000', false],
    ['', false],
  ])('%s is loopback at port 4000: %s', (host, expected) => {
    expect(isLoopbackHost(host, 4000)).toBe(expected);
  });

  it('refuses a request with no Host header', () => {
    expect(isLoopbackHost(undefined, 4000)).toBe(false);
  });
});

describe('hasToken', () => {
  it.each([
    ['Bearer abc', true],
    ['Bearer  abc', true],
    ['bearer abc', false],
    ['Bearer abcd', false],
    ['Bearer', false],
    ['abc', false],
  ])('%s carries token abc: %s', (header, expected) => {
    expect(hasToken(header, 'abc')).toBe(expected);
  });
});
