import { useEffect, useLayoutEffect, useRef } from 'react';

/** Where Ctrl+Z belongs to something else: text being edited, or a dialog or panel in front. */
function belongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return target.closest('[role="dialog"], [role="presentation"]') !== null;
}

/**
 * Ctrl+Z (⌘Z on a Mac) on the calendar undoes the last change saved there, when there is one.
 * It leaves the key alone in text fields (their own undo) and in dialogs and panels.
 */
export function useUndoShortcut(undo: (() => void) | undefined) {
  const latest = useRef(undo);
  useLayoutEffect(() => {
    latest.current = undo;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isUndo =
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'z';
      const run = latest.current;
      if (!isUndo || !run || event.defaultPrevented || belongsElsewhere(event.target)) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
