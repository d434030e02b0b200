/** Median and 95th percentile of timings, in milliseconds. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
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
