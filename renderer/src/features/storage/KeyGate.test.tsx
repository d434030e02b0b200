// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError } from '../../../../shared/api/errors';
import { ApiCallError } from '../../api/apiCallError';
import '../../i18n/i18n';
import { KeyGate } from './KeyGate';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call }));

afterEach(() => {
  cleanup();
  call.mockReset();
});

/** The gate over a stand-in app; `keyState` is what the main process answers at first. */
function renderGate(keyState: unknown, unlock: (input: { passphrase: string }) => unknown) {
  call.mockImplementation(async (channel: string, input: { passphrase: string }) => {
    if (channel === 'storage.keyState') return keyState;
    if (channel === 'storage.unlock') return unlock(input);
    throw new Error(`unexpected ${channel}`);
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <KeyGate>
        <p>the app</p>
      </KeyGate>
    </QueryClientProvider>,
  );
}

const typeInto = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe("the start-up screen for the manager's passphrase", () => {
  it('has a new passphrase chosen twice, long enough, before it is sent', async () => {
    const unlock = vi.fn(() => ({ state: 'open' }));
    renderGate({ state: 'passphrase', passphraseSet: false }, unlock);
    await screen.findByTestId('key-passphrase');
    expect(screen.getByRole('heading').textContent).toBe('管理者のパスフレーズ');

    typeInto('passphrase-input', 'mijikai');
    fireEvent.click(screen.getByTestId('passphrase-submit'));
    expect(screen.getByTestId('key-error').textContent).toBe(
      'パスフレーズは 10 文字以上にしてください。',
    );
    typeInto('passphrase-input', 'kanrisha-no-aikotoba');
    typeInto('passphrase-again', 'kanrisha-no-aikotobA');
    fireEvent.click(screen.getByTestId('passphrase-submit'));
    expect(screen.getByTestId('key-error').textContent).toBe('確認のパスフレーズが一致しません。');
    expect(unlock).not.toHaveBeenCalled();

    typeInto('passphrase-input', 'kanrisha-no-aikotoba');
    typeInto('passphrase-again', 'kanrisha-no-aikotoba');
    fireEvent.click(screen.getByTestId('passphrase-submit'));
    await screen.findByText('the app');
    expect(unlock).toHaveBeenCalledWith({ passphrase: 'kanrisha-no-aikotoba' });
  });

  it('asks once for a passphrase already set, says in Japanese when it is wrong, and clears it', async () => {
    renderGate({ state: 'passphrase', passphraseSet: true }, () => {
      throw new ApiCallError(
        'storage.unlock',
        'PASSPHRASE_WRONG',
        'wrong',
        apiError('PASSPHRASE_WRONG'),
      );
    });
    await screen.findByTestId('key-passphrase');
    expect(screen.queryByTestId('passphrase-again')).toBeNull();
    typeInto('passphrase-input', 'chigau-aikotoba-desu');
    fireEvent.click(screen.getByTestId('passphrase-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('key-error').textContent).toBe(
        'パスフレーズが違います。この PC で決めたパスフレーズをもう一度入力してください。',
      ),
    );
    expect((screen.getByTestId('passphrase-input') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('the app')).toBeNull();
  });

  it('goes on to the recovery key when this PC lacks the folder’s key', async () => {
    renderGate({ state: 'passphrase', passphraseSet: true }, () => ({ state: 'keyMissing' }));
    await screen.findByTestId('key-passphrase');
    typeInto('passphrase-input', 'kanrisha-no-aikotoba');
    fireEvent.click(screen.getByTestId('passphrase-submit'));
    await screen.findByTestId('key-recovery');
  });
});
