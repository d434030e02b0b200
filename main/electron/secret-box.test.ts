import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSafeStorage, resetElectronFake } from './electron-fake';
import { electronSecretBox } from './secret-box';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

describe("the password's seal (Electron safeStorage)", () => {
  beforeEach(() => resetElectronFake());

  it('seals through safeStorage, keeps base64 only, and opens what it sealed', () => {
    const box = electronSecretBox();
    const sealed = box.seal('pw-kanri');
    expect(fakeSafeStorage.encryptString).toHaveBeenCalledWith('pw-kanri');
    expect(sealed).not.toContain('pw-kanri');
    expect(Buffer.from(sealed, 'base64').toString('base64')).toBe(sealed);
    expect(box.open(sealed)).toBe('pw-kanri');
    expect(fakeSafeStorage.decryptString).toHaveBeenCalled();
  });

  it('says when the system offers no secret storage', () => {
    expect(electronSecretBox().available()).toBe(true);
    fakeSafeStorage.isEncryptionAvailable.mockReturnValue(false);
    expect(electronSecretBox().available()).toBe(false);
  });
});
