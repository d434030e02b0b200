import { useEffect } from 'react';

/** Ctrl+Shift+E: free in Chromium and Electron, and E for 緊急 (emergency). */
export const EMERGENCY_SHORTCUT = { key: 'e', ctrl: true, shift: true } as const;
/** The same keys in the aria-keyshortcuts syntax. */
export const EMERGENCY_ARIA_SHORTCUT = 'Control+Shift+E';

export function isEmergencyShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'>,
): boolean {
  return (
    event.key.toLowerCase() === EMERGENCY_SHORTCUT.key &&
    event.ctrlKey === EMERGENCY_SHORTCUT.ctrl &&
    event.shiftKey === EMERGENCY_SHORTCUT.shift &&
    !event.altKey &&
    !event.metaKey
  );
}

/** Calls `onPress` for the emergency shortcut wherever the focus is, on every screen. */
export function useEmergencyShortcut(onPress: () => void): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!isEmergencyShortcut(event)) return;
      event.preventDefault();
      onPress();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [onPress]);
}
