// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionView } from '../../../../shared/api/connection-schemas';
import '../../i18n/i18n';
import { ConnectionSection } from './ConnectionSection';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call }));

afterEach(() => {
  cleanup();
  call.mockReset();
});

const desktop: ConnectionView = {
  running: { kind: 'embedded' },
  saved: { kind: 'embedded' },
  canChange: true,
};

function renderSection(view: ConnectionView, answers: Record<string, unknown> = {}) {
  call.mockImplementation(async (channel: string) => {
    if (channel === 'connection.get') return view;
    if (channel in answers) return answers[channel];
    throw new Error(`unexpected call ${channel}`);
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ConnectionSection />
    </QueryClientProvider>,
  );
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('データの保存先', () => {
  it('tests a server and says what is wrong in Japanese', async () => {
    renderSection(desktop, { 'connection.test': { ok: false, problem: 'wrongPassword' } });
    fireEvent.click(await screen.findByTestId('connection-server'));
    type('connection-host', 'db.example.jp');
    type('connection-password', 'pw-kanri');
    fireEvent.click(screen.getByTestId('connection-test'));
    expect((await screen.findByTestId('connection-test-answer')).textContent).toBe(
      'ユーザー名またはパスワードが違います。',
    );
    expect(call).toHaveBeenCalledWith('connection.test', {
      host: 'db.example.jp',
      port: 5432,
      database: 'tomari',
      user: 'tomari',
      tls: false,
      password: 'pw-kanri',
    });
  });

  it('refuses a bad port under its field without asking the service', async () => {
    renderSection(desktop);
    fireEvent.click(await screen.findByTestId('connection-server'));
    type('connection-host', 'db.example.jp');
    type('connection-port', '99999');
    fireEvent.click(screen.getByTestId('connection-test'));
    expect(
      await screen.findByText('ポート番号は1〜65535の数字で入力してください（通常は5432）。'),
    ).toBeTruthy();
    expect(call).not.toHaveBeenCalledWith('connection.test', expect.anything());
  });

  it('saves the choice for the next start and says so', async () => {
    const saved: ConnectionView = {
      running: { kind: 'embedded' },
      saved: {
        kind: 'server',
        host: 'db.example.jp',
        port: 5432,
        database: 'tomari',
        user: 'tomari',
        tls: true,
        hasPassword: true,
      },
      canChange: true,
    };
    renderSection(desktop, { 'connection.save': saved });
    fireEvent.click(await screen.findByTestId('connection-server'));
    type('connection-host', 'db.example.jp');
    type('connection-password', 'pw-kanri');
    fireEvent.click(screen.getByTestId('connection-tls'));
    fireEvent.click(screen.getByTestId('connection-save'));
    expect((await screen.findByTestId('connection-saved')).textContent).toContain(
      '次回Tomariを起動したときから',
    );
    expect(call).toHaveBeenCalledWith('connection.save', {
      kind: 'server',
      host: 'db.example.jp',
      port: 5432,
      database: 'tomari',
      user: 'tomari',
      tls: true,
      password: 'pw-kanri',
    });
    // The kept password is never shown; the field says one is kept.
    await waitFor(() =>
      expect(screen.getByText('保存済みです。変更する場合だけ入力してください。')).toBeTruthy(),
    );
    expect(screen.getByTestId('connection-backups').textContent).toContain('pg_dump');
  });

  it("moves this PC's data to the server after asking, then shows the server chosen", async () => {
    const chosen: ConnectionView = {
      running: { kind: 'embedded' },
      saved: {
        kind: 'server',
        host: 'db.example.jp',
        port: 5432,
        database: 'tomari',
        user: 'tomari',
        tls: false,
        hasPassword: true,
      },
      canChange: true,
    };
    let moved = false;
    call.mockImplementation(async (channel: string) => {
      if (channel === 'connection.get') return moved ? chosen : desktop;
      if (channel === 'connection.import') {
        moved = true;
        return {
          ok: true,
          tables: [
            { table: 'persons', count: 12 },
            { table: 'stays', count: 340 },
            { table: 'trainingRecords', count: 2100 },
            { table: 'audit', count: 5000 },
          ],
        };
      }
      throw new Error(`unexpected call ${channel}`);
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ConnectionSection />
      </QueryClientProvider>,
    );
    fireEvent.click(await screen.findByTestId('connection-server'));
    type('connection-host', 'db.example.jp');
    type('connection-password', 'pw-kanri');
    fireEvent.click(screen.getByTestId('connection-import'));
    expect(call).not.toHaveBeenCalledWith('connection.import', expect.anything());
    fireEvent.click(await screen.findByTestId('connection-import-confirm'));
    expect((await screen.findByTestId('connection-import-answer')).textContent).toContain(
      '利用者 12 人、予約 340 件',
    );
    expect(call).toHaveBeenCalledWith('connection.import', {
      host: 'db.example.jp',
      port: 5432,
      database: 'tomari',
      user: 'tomari',
      tls: false,
      password: 'pw-kanri',
    });
    await waitFor(() =>
      expect(screen.getByText('保存済みです。変更する場合だけ入力してください。')).toBeTruthy(),
    );
  });

  it("shows the browser host's server read-only, its password masked", async () => {
    renderSection({
      running: { kind: 'server', address: 'postgres://desk:****@db.example.jp:5432/tomari' },
      saved: null,
      canChange: false,
    });
    expect((await screen.findByTestId('connection-running')).textContent).toContain(
      'postgres://desk:****@db.example.jp:5432/tomari',
    );
    expect(screen.getByTestId('connection-fixed')).toBeTruthy();
    expect(screen.queryByTestId('connection-save')).toBeNull();
    expect(screen.getByTestId('connection-backups').textContent).toContain('pg_restore');
  });
});
