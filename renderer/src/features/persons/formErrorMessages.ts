import type { FieldErrors, FieldValues } from 'react-hook-form';

/** Every message in a react-hook-form error tree, once each, in field order. */
export function formErrorMessages<T extends FieldValues>(errors: FieldErrors<T>): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') out.push(message);
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'ref' && key !== 'message' && key !== 'type') visit(child);
    }
  };
  visit(errors);
  return [...new Set(out)];
}
