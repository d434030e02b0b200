/** Test support: the two ~200 KB documents the crash test writes in turns. */
export interface CrashDocument {
  label: string;
  items: { i: number; text: string }[];
}

export function crashDocument(label: 'A' | 'B'): CrashDocument {
  return {
    label,
    items: Array.from({ length: 1900 }, (_, i) => ({ i, text: `${label}${i}-`.padEnd(90, label) })),
  };
}
