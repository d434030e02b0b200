import { createContext } from 'react';
import type { UnsavedRegistry } from './registry';

/** The nearest registry: the app's (UnsavedChangesGuard) or a dialog's (useCloseGuard). */
export const UnsavedChangesContext = createContext<UnsavedRegistry | null>(null);
