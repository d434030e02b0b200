import { describe, expect, it } from 'vitest';
import { shortText } from './shortText';

describe('shortText', () => {
  it('keeps a text that fits', () => {
    expect(shortText('ご飯を炊いた', 10)).toBe('ご飯を炊いた');
  });
  it('cuts a long text and marks the cut with an ellipsis', () => {
    expect(shortText('一二三四五六七八九十', 5)).toBe('一二三四…');
  });
  it('treats a missing text as empty', () => {
    expect(shortText(undefined, 5)).toBe('');
  });
});
