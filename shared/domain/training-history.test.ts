import { describe, expect, it } from 'vitest';
import type { TrainingRecord } from './schemas';
import { authorOf, authorsOf, historyAfterEdit, sameContent, versionOf } from './training-history';

const saved: TrainingRecord = {
  id: 'r1',
  stayId: 's1',
  date: '2026-05-12',
  domain: 'cooking',
  level: 3,
  note: '手順を説明した',
  recordedBy: 'staff-a',
  createdAt: '2026-05-12T10:00:00.000Z',
};

describe('the history of a training record', () => {
  it('gains the version replaced, with who wrote it and when', () => {
    expect(historyAfterEdit(saved, { level: 2, note: '手順を説明した' })).toEqual([
      { level: 3, note: '手順を説明した', recordedBy: 'staff-a', at: '2026-05-12T10:00:00.000Z' },
    ]);
  });

  it('gains nothing when the same is saved again, whoever saves it', () => {
    expect(historyAfterEdit(saved, { level: 3, note: '手順を説明した' })).toBeUndefined();
    expect(sameContent(saved, { level: 3, note: '手順を説明した', activity: '' })).toBe(true);
  });

  it('keeps the typed 記録者 of a record from before sign-in', () => {
    const old: TrainingRecord = { ...saved, recordedBy: undefined, staffId: '鈴木' };
    delete old.recordedBy;
    expect(versionOf(old)).toEqual({
      level: 3,
      note: '手順を説明した',
      staffId: '鈴木',
      at: '2026-05-12T10:00:00.000Z',
    });
  });

  it('stamps a later version with when it was changed', () => {
    const changed = { ...saved, updatedAt: '2026-05-13T09:00:00.000Z', history: [] };
    expect(versionOf(changed).at).toBe('2026-05-13T09:00:00.000Z');
  });
});

describe('the author a record is shown with', () => {
  const names = { 'staff-a': '夜勤 桜', 'staff-b': '日勤 楓' };
  it.each([
    ['a signed record: the staff member by name', { recordedBy: 'staff-a' }, '夜勤 桜'],
    ['an old record: the 記録者 as it was typed', { staffId: ' 鈴木 ' }, '鈴木'],
    [
      'a signed record wins over a typed name',
      { recordedBy: 'staff-b', staffId: '鈴木' },
      '日勤 楓',
    ],
    ['an unknown staff id: nobody named', { recordedBy: 'gone' }, undefined],
    ['an old record typed blank: nobody named', { staffId: '  ' }, undefined],
    ['nothing at all', {}, undefined],
  ])('%s', (_, written, expected) => {
    expect(authorOf(written, names)).toBe(expected);
  });

  it('lists every author of the records and their earlier versions once', () => {
    const corrected: TrainingRecord = {
      ...saved,
      recordedBy: 'staff-b',
      history: [{ level: 3, recordedBy: 'staff-a', at: '2026-05-12T10:00:00.000Z' }],
    };
    const old: TrainingRecord = { ...saved, id: 'r2', recordedBy: undefined, staffId: '鈴木' };
    expect(authorsOf([corrected, old, { ...saved, id: 'r3' }], names)).toEqual([
      '日勤 楓',
      '夜勤 桜',
      '鈴木',
    ]);
  });
});
