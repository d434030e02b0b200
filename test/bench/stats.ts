/** Median and 95th percentile of timings, in milliseconds. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** The sample at quantile `q` (0–1) of `samples`, nearest rank; NaN for none. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export function summarize(samples: number[]): Timing {
  return {
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    runs: samples.length,
  };
}

export async function time(
  runs: number,
  task: (i: number) => Promise<unknown> | unknown,
): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export function formatTiming(name: string, t: Timing, budget?: string): string {
  const f = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(1)).padStart(8);
  return `${name.padEnd(46)} median ${f(t.median)} ms   p95 ${f(t.p95)} ms   (${t.runs} runs)${budget ? `   budget: ${budget}` : ''}`;
}
