import { useContext, useEffect, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { lazyComponent } from '../lazyComponent';
import { UnsavedChangesContext } from './context';
import { createUnsavedRegistry } from './registry';

// The question's code loads once a form first holds unsaved input, so it is in before anyone
// can leave the screen; a screen nobody types into never needs it.
const DiscardChangesDialog = lazyComponent(() =>
  import('./DiscardChangesDialog').then((m) => m.DiscardChangesDialog),
);

/**
 * Guards the app's screens: while any form holds unsaved input, moving to another screen (a
 * tab, a link, the back button) asks first, and so does closing or reloading the window or the
 * browser tab (`beforeunload`; in Electron the main process asks, main/electron/unsaved-changes.ts).
 * Needs a data router (createHashRouter in App.tsx): `useBlocker` works with no other.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const [anyDirty, setAnyDirty] = useState(false);
  // The session gate's registry above hears every form too: its lock screen says input waits.
  const parent = useContext(UnsavedChangesContext);
  const [registry] = useState(() => createUnsavedRegistry(parent, setAnyDirty));
  // Asked at the moment of navigating, so a form saved in the same breath is already clean.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      registry.isDirty() &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!anyDirty) return;
    // A failed load is shown where the dialog is drawn (lazyComponent), not here.
    DiscardChangesDialog.preload().catch(() => undefined);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium looks at returnValue instead; an empty string would mean "do not ask".
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [anyDirty]);

  return (
    <UnsavedChangesContext.Provider value={registry}>
      {children}
      {blocker.state === 'blocked' && (
        <DiscardChangesDialog onKeepEditing={blocker.reset} onDiscard={blocker.proceed} />
      )}
    </UnsavedChangesContext.Provider>
  );
}
