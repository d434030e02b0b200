import { describe, expect, it } from 'vitest';
import { decodePath, hasToken, isLoopbackHost, isOwnOrigin, rawPathOf } from './http-rules';

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
    ['bearer abc', true],
    ['BEARER abc', true],
    ['Bearer abc ', true],
    ['Basic abc', false],
    ['Bearerabc', false],
    ['Bearer abcd', false],
    ['Bearer', false],
    ['abc', false],
  ])('%s carries token abc: %s', (header, expected) => {
    expect(hasToken(header, 'abc')).toBe(expected);
  });
});

describe('isOwnOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:4000', true],
    ['http://localhost:4000', true],
    ['http://[::1]:4000', true],
    ['null', false],
    ['', false],
    ['https://127.0.0.1:4000', false],
    ['http://127.0.0.1:4001', false],
    ['http://evil.example', false],
    ['http://127.0.0.1:4000/path', false],
    ['http://user@127.0.0.1:4000', false],
  ])('Origin %s is the host itself at port 4000: %s', (origin, expected) => {
    expect(isOwnOrigin(origin, 4000)).toBe(expected);
  });
});

describe('rawPathOf and decodePath', () => {
  it.each([
    ['/api/x?y=1', '/api/x'],
    ['/a#b', '/a'],
    ['//', '//'],
    ['/\\', '/\\'],
    ['*', undefined],
    ['http://evil.example/', undefined],
    [undefined, undefined],
  ])('the path of %s is %s', (target, expected) => {
    expect(rawPathOf(target)).toBe(expected);
  });

  it.each([
    ['%E0', undefined],
    ['%', undefined],
    ['%E3%81%82', 'あ'],
    ['stays.get', 'stays.get'],
  ])('%s decodes to %s', (raw, expected) => {
    expect(decodePath(raw)).toBe(expected);
  });
});
