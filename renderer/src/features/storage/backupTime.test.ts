import { describe, expect, it } from 'vitest';
import { backupTimeLabel } from './backupTime';

describe('backupTimeLabel', () => {
  it.each([
    ['20261128T061000Z', '2026/11/28 15:10'],
    ['20261128T061000Z-2', '2026/11/28 15:10'],
    ['not-a-backup', 'not-a-backup'],
  ])('shows %s in Japan time as %s', (name, label) => {
    expect(backupTimeLabel(name, 'ja-JP', 'Asia/Tokyo')).toBe(label);
  });
});
