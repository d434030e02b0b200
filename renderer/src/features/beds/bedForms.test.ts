import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toIssues } from '../../../../shared/messages/issues';
import { bedFormSchema, blockFormSchema } from './bedForms';

/** The refusals in the catalogue's Japanese, as the form shows them on a Japanese screen. */
function messages(result: { success: boolean; error?: z.ZodError }) {
  return result.error ? toIssues(result.error).map((i) => i.message) : [];
}

describe('the bed form', () => {
  it('asks in Japanese for a name and for at least one kind of stay', () => {
    const result = bedFormSchema.safeParse({
      name: ' ',
      allows: [],
      emergencyReserved: false,
      active: true,
    });
    expect(messages(result)).toEqual([
      'ベッド名を入力してください。',
      '受け入れる利用（緊急・体験）を1つ以上選んでください。',
    ]);
  });
});

describe('the block form', () => {
  it('refuses an end that is not after the start, naming the field', () => {
    const result = blockFormSchema.safeParse({
      bedId: 'b1',
      start: '2026-05-12',
      end: '2026-05-12',
      reason: '修繕',
    });
    expect(messages(result)).toEqual(['終了日は開始日の翌日以降にしてください。']);
  });

  it('asks for a reason', () => {
    const result = blockFormSchema.safeParse({
      bedId: 'b1',
      start: '2026-05-12',
      end: '2026-05-13',
      reason: '',
    });
    expect(messages(result)).toEqual(['閉鎖の理由を入力してください。']);
  });
});
