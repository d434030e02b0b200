/**
 * The one way main logs a failure: what failed, the error's name and its system code, never its
 * message, which may carry personal data (a name in a path, a value in a validation message).
 */
export function logFailure(what: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`[tomari] ${what} failed: ${name}${typeof code === 'string' ? ` (${code})` : ''}`);
}
