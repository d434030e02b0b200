// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n/i18n';
import { FormDialogActions } from './FormDialogActions';

afterEach(cleanup);

const saveButton = () => screen.getByTestId<HTMLButtonElement>('thing-save');
const cancelButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'キャンセル' });

describe('the form dialog tail', () => {
  it('offers キャンセル and the form’s own save, and each does its part', () => {
    const onCancel = vi.fn();
    const onSave = vi.fn();
    render(
      <FormDialogActions
        onCancel={onCancel}
        onSave={onSave}
        saveLabel="保存"
        saveTestId="thing-save"
      />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['キャンセル', '保存']);
    expect(saveButton().type).toBe('button');
    fireEvent.click(cancelButton());
    fireEvent.click(saveButton());
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('submits its form when no save handler is given', () => {
    const submitted = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <form onSubmit={submitted}>
        <FormDialogActions onCancel={() => undefined} saveLabel="保存" saveTestId="thing-save" />
      </form>,
    );
    expect(saveButton().type).toBe('submit');
    fireEvent.click(saveButton());
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('lets neither button answer while a save is under way, and says it is busy', () => {
    render(
      <FormDialogActions
        onCancel={() => undefined}
        onSave={() => undefined}
        saveLabel="保存"
        saveTestId="thing-save"
        saveBlockedBy="why"
        busy
      />,
    );
    expect(saveButton().disabled).toBe(true);
    expect(cancelButton().disabled).toBe(true);
    expect(saveButton().getAttribute('aria-busy')).toBe('true');
    expect(saveButton().hasAttribute('aria-describedby')).toBe(false);
  });

  it('greys only the save when the input cannot be saved, linked to the words saying why', () => {
    render(
      <FormDialogActions
        onCancel={() => undefined}
        saveLabel="予約する"
        saveTestId="thing-save"
        saveDisabled
        saveBlockedBy="why"
        note={<span id="why">利用者を選んでください</span>}
      />,
    );
    expect(saveButton().disabled).toBe(true);
    expect(saveButton().hasAttribute('aria-busy')).toBe(false);
    expect(cancelButton().disabled).toBe(false);
    expect(saveButton().getAttribute('aria-describedby')).toBe('why');
    expect(screen.getByText('利用者を選んでください')).toBeTruthy();
  });

  it('names its cancel as the form asks (閉じる on a record of the day)', () => {
    render(
      <FormDialogActions
        onCancel={() => undefined}
        cancelLabel="閉じる"
        saveLabel="保存"
        saveTestId="thing-save"
      />,
    );
    expect(screen.getByRole('button', { name: '閉じる' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'キャンセル' })).toBeNull();
  });
});
