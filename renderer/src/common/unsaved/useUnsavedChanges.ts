import { useCallback, useContext, useEffect, useId } from 'react';
import { UnsavedChangesContext } from './context';

/**
 * Declares whether this form holds unsaved input. While it does, leaving the screen, closing
 * its dialog or closing the window asks first. Outside the app's guard (a unit test rendering
 * one form) it does nothing. Returns `settle`, which marks the form clean at once: for a save
 * that navigates in the same breath, before the form has re-rendered clean.
 */
export function useUnsavedChanges(dirty: boolean): () => void {
  const registry = useContext(UnsavedChangesContext);
  const id = useId();
  useEffect(() => {
    registry?.set(id, dirty);
  }, [registry, id, dirty]);
  // Gone from the screen (saved and closed, or discarded on purpose): nothing left to lose.
  useEffect(() => () => registry?.set(id, false), [registry, id]);
  return useCallback(() => registry?.set(id, false), [registry, id]);
}
