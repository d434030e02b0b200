/**
 * Whether a react-hook-form form holds unsaved input, from its `dirtyFields` (each field against
 * its default) rather than `isDirty` (the whole values against the defaults), which counts a
 * field left empty (`undefined`) as a change when the saved record simply lacks that key.
 */
export function anyFieldDirty(dirtyFields: unknown): boolean {
  if (dirtyFields === true) return true;
  if (Array.isArray(dirtyFields)) return dirtyFields.some(anyFieldDirty);
  if (typeof dirtyFields === 'object' && dirtyFields !== null) {
    return Object.values(dirtyFields).some(anyFieldDirty);
  }
  return false;
}
