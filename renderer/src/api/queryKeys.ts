// Every query key in one place, so a change can invalidate exactly what it affects.
export const queryKeys = {
  settings: ['settings'] as const,
  beds: ['beds'] as const,
  staysInRange: (from: string, to: string) => ['stays', 'range', from, to] as const,
  person: (id: string) => ['persons', id] as const,
  personName: (id: string) => ['persons', 'name', id] as const,
  storageStatus: ['storage', 'status'] as const,
  trainingTonight: (date: string) => ['training', 'tonight', date] as const,
  trainingProgress: (personId: string) => ['training', 'progress', personId] as const,
  summary: (stayId: string) => ['training', 'summary', stayId] as const,
  monthSummaries: (month: string) => ['training', 'summaries', month] as const,
  /** Every stay query starts with 'stays': invalidating `stays` refreshes them all. */
  stays: ['stays'] as const,
  toContact: ['stays', 'toContact'] as const,
  stayOffers: (stayId: string) => ['stays', 'offers', stayId] as const,
  stay: (id: string) => ['stays', 'one', id] as const,
  /** Under 'stays': a plan depends on the stays, so any stay change re-plans. */
  emergencyPlan: (personId: string, start: string, end: string) =>
    ['stays', 'emergencyPlan', personId, start, end] as const,
  bedBlocks: (from: string, to: string) => ['beds', 'blocks', from, to] as const,
  personSearch: (text: string) => ['persons', 'search', text] as const,
  /** Under 'stays': any stay change refreshes the person's stays and usage on the record screen. */
  personStays: (personId: string) => ['stays', 'person', personId] as const,
  personUsage: (personId: string) => ['stays', 'personUsage', personId] as const,
  usage: (personId: string, fiscalYear: number) => ['usage', personId, fiscalYear] as const,
  stayCheck: (draft: unknown, stayId?: string) => ['stays', 'check', draft, stayId] as const,
  stayHistory: (id: string) => ['stays', 'history', id] as const,
};
