/**
 * 職員所見: the care staff's comments on a stay, signed and dated, printed on its summary in place
 * of anything from the booking note; and the facility details the summary prints.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stay } from '../../shared/domain/schemas';
import { bedInput, createFixture, japanNoon, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let stay: Stay;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  const bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  const taro = await f.call('persons.save', { person: personInput() });
  stay = await f.call('stays.create', {
    draft: {
      personId: taro.id,
      bedId: bed.id,
      kind: 'experience',
      start: '2026-05-12',
      end: '2026-05-15',
      status: 'confirmed',
      note: '送迎は母。鍵の受け渡しに注意',
    },
  });
});
afterEach(() => f.dispose());

async function codeOf(channel: string, input: unknown): Promise<string> {
  const answer = await f.answer(channel, input);
  return answer.ok ? 'ok' : answer.error.code;
}

describe('職員所見', () => {
  it('is written with its author (from the session) and time, and the summary prints it, never the booking note', async () => {
    const saved = await f.call('stays.saveComment', {
      stayId: stay.id,
      text: '  調理は見守りで最後までできた。  ',
    });
    expect(saved.staffComment).toEqual({
      text: '調理は見守りで最後までできた。',
      author: { id: f.manager?.id, name: '試験 管理者' },
      writtenAt: f.clock.now.toISOString(),
    });
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary.stay.staffComment?.text).toBe('調理は見守りで最後までできた。');
    expect(summary.stay).not.toHaveProperty('note');
    expect(JSON.stringify(summary)).not.toContain('送迎は母');
    const month = await f.call('summary.month', { month: '2026-05' });
    expect(JSON.stringify(month)).not.toContain('送迎は母');
    // The desk's note itself is untouched.
    expect((await f.call('stays.get', { id: stay.id })).note).toBe('送迎は母。鍵の受け渡しに注意');
  });

  it('keeps the version a correction replaces, with its own author and time', async () => {
    const yamamoto = await f.addStaff(['care'], '山本 一');
    const sasaki = await f.addStaff(['care'], '佐々木 二');
    await f.as(await f.signIn(yamamoto.staff.id, yamamoto.secret)).call('stays.saveComment', {
      stayId: stay.id,
      text: '初日は緊張していた。',
    });
    f.clock.now = japanNoon('2026-05-15');
    const corrected = await f
      .as(await f.signIn(sasaki.staff.id, sasaki.secret))
      .call('stays.saveComment', {
        stayId: stay.id,
        text: '初日は緊張していたが、2日目から落ち着いた。',
      });
    expect(corrected.staffComment).toMatchObject({
      text: '初日は緊張していたが、2日目から落ち着いた。',
      author: { id: sasaki.staff.id, name: '佐々木 二' },
      earlier: [
        {
          text: '初日は緊張していた。',
          author: { id: yamamoto.staff.id, name: '山本 一' },
          writtenAt: japanNoon('2026-05-12').toISOString(),
        },
      ],
    });
    const history = await f.call('stays.history', { id: stay.id });
    expect(history.slice(0, 2).map((e) => e.action)).toEqual(['stay.comment', 'stay.comment']);
    // The audit trail names the field, never the words.
    expect(JSON.stringify(history)).not.toContain('緊張');
  });

  it('may be written after the stay has ended', async () => {
    await f.call('stays.checkIn', { id: stay.id });
    f.clock.now = japanNoon('2026-05-15');
    await f.call('stays.checkOut', { id: stay.id });
    const saved = await f.call('stays.saveComment', { stayId: stay.id, text: '良好' });
    expect(saved.staffComment?.text).toBe('良好');
  });

  it('takes no author from the input, and refuses a comment too long and an unknown stay', async () => {
    expect(
      await codeOf('stays.saveComment', { stayId: stay.id, text: '良好', author: '山本' }),
    ).toBe('INVALID_INPUT');
    expect(await codeOf('stays.saveComment', { stayId: stay.id, text: 'あ'.repeat(2001) })).toBe(
      'INVALID_INPUT',
    );
    expect(await codeOf('stays.saveComment', { stayId: 'nope', text: '良好' })).toBe('NOT_FOUND');
    expect((await f.call('stays.get', { id: stay.id })).staffComment).toBeUndefined();
  });
});

describe('the facility details on the summary', () => {
  it('prints the name, address and phone set on 施設設定', async () => {
    const settings = await f.call('settings.update', {
      facilityName: 'とまり荘',
      address: '東京都千代田区1-1-1',
      phone: '03-1234-5678',
    });
    expect(settings).toMatchObject({ address: '東京都千代田区1-1-1', phone: '03-1234-5678' });
    const summary = await f.call('summary.get', { stayId: stay.id });
    expect(summary).toMatchObject({
      facilityName: 'とまり荘',
      facilityAddress: '東京都千代田区1-1-1',
      facilityPhone: '03-1234-5678',
    });
  });

  it('starts empty, keeps the other settings when one is changed, and refuses a malformed phone', async () => {
    expect(await f.call('settings.get', {})).toMatchObject({ address: '', phone: '' });
    await f.call('settings.update', { experienceAnnualCapDays: 20 });
    await f.call('settings.update', { phone: '03-1234-5678' });
    expect(await f.call('settings.get', {})).toMatchObject({
      experienceAnnualCapDays: 20,
      phone: '03-1234-5678',
    });
    expect(await codeOf('settings.update', { phone: '電話なし' })).toBe('INVALID_INPUT');
    expect((await f.call('settings.get', {})).phone).toBe('03-1234-5678');
  });
});
