import { describe, expect, it } from 'vitest';
import { confirmsName } from './confirmName';

const person = { familyName: '山田', givenName: '太郎' };

describe('confirmsName', () => {
  it.each([
    ['山田 太郎', true],
    ['山田太郎', true],
    ['山田　太郎', true],
    [' 山田 太郎 ', true],
    ['山田', false],
    ['山田 太', false],
    ['山田 次郎', false],
    ['', false],
  ])('%j → %s', (typed, expected) => {
    expect(confirmsName(typed, person)).toBe(expected);
  });
});
