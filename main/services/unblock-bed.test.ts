import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bed, Person } from '../../shared/domain/schemas';
import { bedInput, createFixture, personInput, type Fixture } from '../testing/fixture';

let f: Fixture;
let bed: Bed;
let taro: Person;

beforeEach(async () => {
  f = await createFixture('2026-05-12');
  bed = await f.call('beds.save', { bed: bedInput('A-1', 1) });
  taro = await f.call('persons.save', { person: personInput() });
});
afterEach(() => f.dispose());

const MAY = { from: '2026-05-01', to: '2026-05-31' };

async function block(start: string, end: string) {
  return f.call('beds.block', { bedId: bed.id, start, end, reason: '修繕' });
}

describe('beds.unblock', () => {
  it('removes the block, keeps the others, and lets the bed be booked again', async () => {
    const repairs = await block('2026-05-20', '2026-05-25');
    const cleaning = await block('2026-05-27', '2026-05-28');
    const removed = await f.call('beds.unblock', { id: repairs.id });
    expect(removed).toEqual(repairs);
    expect(await f.call('beds.blocks', MAY)).toEqual([cleaning]);
    const stay = await f.call('stays.create', {
      draft: {
        personId: taro.id,
        bedId: bed.id,
        kind: 'experience',
        start: '2026-05-20',
        end: '2026-05-23',
      },
    });
    expect(stay.status).toBe('tentative');
  });

  it('is kept across a restart', async () => {
    const repairs = await block('2026-05-20', '2026-05-25');
    await f.call('beds.unblock', { id: repairs.id });
    await f.restart();
    expect(await f.call('beds.blocks', MAY)).toEqual([]);
  });

  it('answers NOT_FOUND for a block that does not exist, and changes nothing', async () => {
    const repairs = await block('2026-05-20', '2026-05-25');
    const answer = await f.answer('beds.unblock', { id: 'nope' });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('NOT_FOUND');
    expect(await f.call('beds.blocks', MAY)).toEqual([repairs]);
  });
});
