import { useCallback, useContext, useState, type ReactNode } from 'react';
import { UnsavedChangesContext } from './context';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { createUnsavedRegistry, type UnsavedRegistry } from './registry';
import { useUnsavedChanges } from './useUnsavedChanges';

export interface CloseGuard {
  /** For the dialog's onClose (Escape, the backdrop), its close button and キャンセル. */
  requestClose: () => void;
  /** The question, to render inside the dialog while it is asked. */
  confirmation: ReactNode;
  /** The dialog's own scope: forms inside `<UnsavedScope registry={…}>` count as its input. */
  registry: UnsavedRegistry;
}

/**
 * Closing a dialog or drawer that holds unsaved input asks first, however it is closed.
 * `ownDirty` is the dialog's own form; forms rendered inside its UnsavedScope count too.
 * Closing after a successful save is not a request: call the real close directly then.
 */
export function useCloseGuard(close: () => void, ownDirty = false): CloseGuard {
  const parent = useContext(UnsavedChangesContext);
  const [registry] = useState(() => createUnsavedRegistry(parent));
  useUnsavedChanges(ownDirty);
  const [asking, setAsking] = useState(false);
  const requestClose = useCallback(() => {
    if (ownDirty || registry.isDirty()) setAsking(true);
    else close();
  }, [ownDirty, registry, close]);
  const confirmation = asking ? (
    <DiscardChangesDialog
      onKeepEditing={() => setAsking(false)}
      onDiscard={() => {
        setAsking(false);
        close();
      }}
    />
  ) : null;
  return { requestClose, confirmation, registry };
}

/** Makes the forms inside count as the input of one dialog (see useCloseGuard). */
export function UnsavedScope({
  registry,
  children,
}: {
  registry: UnsavedRegistry;
  children: ReactNode;
}) {
  return (
    <UnsavedChangesContext.Provider value={registry}>{children}</UnsavedChangesContext.Provider>
  );
}
