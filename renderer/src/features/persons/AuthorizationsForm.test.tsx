// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../../shared/domain/schemas';
import '../../i18n/i18n';
import { AuthorizationsForm } from './AuthorizationsForm';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({ call }));

afterEach(() => {
  cleanup();
  call.mockReset();
});

const person: Person = {
  id: 'p1',
  familyName: '見本',
  givenName: '花子',
  familyNameKana: 'みほん',
  givenNameKana: 'はなこ',
  registration: { status: 'registered' },
  authorizations: [
    { from: '2020-04-01', to: '2021-03-31', daysPerMonth: 7 },
    { from: '2021-04-01', to: '2099-03-31', daysPerMonth: 10 },
  ],
};

function renderForm() {
  const client = new QueryClient();
  render(
    <QueryClientProvider client={client}>
      <AuthorizationsForm person={person} />
    </QueryClientProvider>,
  );
}

describe('the authorisations section', () => {
  it('labels the current period and keeps the expired one as history, newest first', () => {
    renderForm();
    expect(screen.getByTestId('authorization-0').getAttribute('data-state')).toBe('current');
    expect(screen.getByText('現在の支給決定')).toBeTruthy();
    expect(screen.getByText('期限切れ（履歴）')).toBeTruthy();
  });

  it('refuses an overlapping period under its field without calling the service', async () => {
    renderForm();
    // The picker's own input takes a whole date in the field's format (as pasting does).
    const to = screen.getByTestId('authorization-1-to').querySelector('input');
    if (!to) throw new Error('the date field has no input');
    fireEvent.change(to, { target: { value: '2021/06/30' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(
        screen.getAllByText('支給決定期間が他の期間と重なっています。').length,
      ).toBeGreaterThan(0),
    );
    expect(call).not.toHaveBeenCalled();
  });

  it('saves the whole person with the periods when they are valid', async () => {
    call.mockResolvedValue(person);
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1));
    const [channel, input] = call.mock.calls[0] as [string, { person: Person }];
    expect(channel).toBe('persons.save');
    expect(input.person.id).toBe('p1');
    expect(input.person.authorizations.map((a) => a.from)).toEqual(['2021-04-01', '2020-04-01']);
  });
});
