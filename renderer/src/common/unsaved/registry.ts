/**
 * Which forms hold input that is not saved yet. Each form registers under its own id; a scope
 * (a dialog, a drawer) keeps its own registry and passes every change on to the one above it,
 * so the dialog can ask before it closes and the app can ask before it leaves the screen or the
 * window closes (docs/data-entry.md).
 */
export interface UnsavedRegistry {
  /** Marks one form dirty or clean. */
  set(id: string, dirty: boolean): void;
  /** True while any form in this scope or below it is dirty. */
  isDirty(): boolean;
}

/**
 * `onChange` hears when the scope as a whole becomes dirty or clean again (for the screen to
 * re-render); `parent` receives every form's state too.
 */
export function createUnsavedRegistry(
  parent: UnsavedRegistry | null,
  onChange: (dirty: boolean) => void = () => undefined,
): UnsavedRegistry {
  const dirtyIds = new Set<string>();
  return {
    set(id, dirty) {
      const before = dirtyIds.size > 0;
      if (dirty) dirtyIds.add(id);
      else dirtyIds.delete(id);
      parent?.set(id, dirty);
      const after = dirtyIds.size > 0;
      if (after !== before) onChange(after);
    },
    isDirty: () => dirtyIds.size > 0,
  };
}
