// Every query key in one place, so a change can invalidate exactly what it affects.
export const queryKeys = {
  settings: ['settings'] as const,
  beds: ['beds'] as const,
  staysInRange: (from: string, to: string) => ['stays', 'range', from, to] as const,
  person: (id: string) => ['persons', id] as const,
  storageStatus: ['storage', 'status'] as const,
};
