// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n/i18n';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';

afterEach(cleanup);

describe('the restore confirmation', () => {
  it('says, file by file, which backup it comes from and how many changes are lost', () => {
    render(
      <RestoreConfirmDialog
        open
        steps={[
          { file: 'stays.json', backup: '20261128T061000Z', changesLost: 3 },
          { file: 'training-2026.json', backup: '20261128T061000Z', changesLost: 0 },
          { file: 'master.json', backup: null, changesLost: 0 },
          { file: 'audit.jsonl', backup: '20261128T061000Z', changesLost: 2 },
        ]}
        restoring={false}
        error={null}
        onCancel={() => undefined}
        onConfirm={() => undefined}
      />,
    );
    const steps = screen.getAllByTestId('restore-step').map((li) => li.textContent ?? '');
    expect(steps[0]).toMatch(/^stays\.json：2026\/11\/28 \d{1,2}:10 のバックアップに戻します。/);
    expect(steps[0]).toContain('変更 3 件が失われます。');
    expect(steps[1]).toContain('このバックアップより後の変更の記録はありません。');
    expect(steps[2]).toBe(
      'master.json：正常なコピーを持つバックアップがないため、復元できません。',
    );
    expect(steps[3]).toBe('audit.jsonl：破損した 2 行を除き、すべての記録を残します。');
    expect(screen.getByText(/ここに挙げていないファイルは変更しません/)).toBeTruthy();
  });
});
