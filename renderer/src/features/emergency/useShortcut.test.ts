import { describe, expect, it } from 'vitest';
import { isEmergencyShortcut } from './useShortcut';

const keys = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('the emergency shortcut', () => {
  it('is Ctrl+Shift+E, whatever the case of the letter', () => {
    expect(isEmergencyShortcut(keys('E', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isEmergencyShortcut(keys('e', { ctrlKey: true, shiftKey: true }))).toBe(true);
  });

  it('does not fire on typing an E or on other modifier combinations', () => {
    expect(isEmergencyShortcut(keys('e'))).toBe(false);
    expect(isEmergencyShortcut(keys('E', { shiftKey: true }))).toBe(false);
    expect(isEmergencyShortcut(keys('e', { ctrlKey: true }))).toBe(false);
    expect(isEmergencyShortcut(keys('e', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(
      false,
    );
  });
});
