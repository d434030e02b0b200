// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { switchLanguage } from '../../i18n/i18n';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('ja');
});

const key = {
  recoveryKey: 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789',
  madeAt: '2026-12-01T01:00:00.000Z',
};

describe('the recovery key shown once', () => {
  it.each([
    ['ja', '「回復キーで開く」'],
    ['en', '“Open with the recovery key”'],
  ] as const)(
    'says (%s) that the app itself asks for it at start, naming the start screen’s button',
    async (language, button) => {
      await switchLanguage(language);
      render(<RecoveryKeyDialog recoveryKey={key} onClose={() => undefined} />);
      const body = screen.getByRole('dialog').textContent ?? '';
      expect(body).toContain(button);
      expect(body).toContain(i18n.t('storage.recoverOpen'));
      expect(body).toContain('npm run data -- recover');
    },
  );
});
