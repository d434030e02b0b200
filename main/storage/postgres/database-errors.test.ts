import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/api/errors';
import { asWriteError } from './database-errors';

/** What a failed writing transaction answers: its code, and the reason it carries. */
function answerOf(error: unknown): string {
  try {
    asWriteError(error);
  } catch (thrown) {
    if (thrown instanceof ServiceError) {
      return [thrown.error.code, thrown.error['reason']].filter(Boolean).join(' ');
    }
    return thrown === error ? 'the error itself (INTERNAL)' : 'another error';
  }
  return 'nothing thrown';
}

describe('a failed writing transaction', () => {
  it.each([
    [{ code: '40001', message: 'could not serialize access' }, 'STORAGE_ERROR SQLSTATE 40001'],
    [{ code: '40P01', message: 'deadlock detected' }, 'STORAGE_ERROR SQLSTATE 40P01'],
    [{ code: '23505', message: 'duplicate key (id)=(山田)' }, 'STORAGE_ERROR SQLSTATE 23505'],
    [{ code: '22001', message: 'value too long' }, 'STORAGE_ERROR SQLSTATE 22001'],
    [
      { code: '53100', message: 'could not extend file: disk full' },
      'STORAGE_ERROR SQLSTATE 53100',
    ],
    [{ code: '08006', message: 'connection failure' }, 'DATABASE_UNAVAILABLE'],
    [{ code: 'ECONNRESET' }, 'DATABASE_UNAVAILABLE'],
    [{ code: '42P01', message: 'relation does not exist' }, 'the error itself (INTERNAL)'],
    [new TypeError('a bug'), 'the error itself (INTERNAL)'],
  ])('%o answers %s', (error, answer) => {
    expect(answerOf(error)).toBe(answer);
  });

  it("never carries the server's message (it may quote the values refused)", () => {
    expect(answerOf({ code: '23505', message: 'Key (name)=(山田 花子) exists' })).not.toContain(
      '山田',
    );
  });
});
