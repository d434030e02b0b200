// The notice names files, never the folders they sit in: a full path may show a user name or
// a server share, and staff only need the name to tell the manager.
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}
