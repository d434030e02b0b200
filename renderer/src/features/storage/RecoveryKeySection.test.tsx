// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionView } from '../../../../shared/api/connection-schemas';
import '../../i18n/i18n';
import { RecoveryKeySection } from './RecoveryKeySection';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call }));

afterEach(() => {
  cleanup();
  call.mockReset();
});

function renderSection(running: ConnectionView['running']) {
  const view: ConnectionView = { running, saved: null, canChange: false };
  call.mockImplementation(async (channel: string) => {
    if (channel === 'connection.get') return view;
    throw new Error(`unexpected call ${channel}`);
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RecoveryKeySection />
    </QueryClientProvider>,
  );
}

describe('施設設定の回復キー', () => {
  it('offers a new recovery key for this PC’s encrypted folder', async () => {
    renderSection({ kind: 'embedded' });
    expect((await screen.findByTestId('renew-recovery')).textContent).toBe('回復キーを作り直す');
    expect(screen.queryByTestId('recovery-on-server')).toBeNull();
  });

  it('on the facility’s server offers none, and says in one line what protects the data', async () => {
    renderSection({ kind: 'server', address: 'postgres://tomari:***@db.example.jp:5432/tomari' });
    expect((await screen.findByTestId('recovery-on-server')).textContent).toContain(
      'サーバーのバックアップとアクセス制限',
    );
    expect(screen.queryByTestId('renew-recovery')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'データの暗号化と回復キー' })).toBeNull();
  });
});
