import { afterEach, describe, expect, it, vi } from 'vitest';
import { logFailure } from './log-failure';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('logFailure', () => {
  it("names what failed, the error's kind and system code, never its message", () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    const error = Object.assign(new Error("ENOENT: no such file '/home/山田太郎/data'"), {
      code: 'ENOENT',
    });

    logFailure('stays.update', error);
    logFailure('checking the daily backup', 'a string thrown');

    expect(lines).toEqual([
      '[tomari] stays.update failed: Error (ENOENT)',
      '[tomari] checking the daily backup failed: string',
    ]);
  });
});
