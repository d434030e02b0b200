/** A note cut to fit a table cell of the printed summary, marked with … when cut. */
export function shortText(text: string | undefined, max: number): string {
  const trimmed = (text ?? '').trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}
