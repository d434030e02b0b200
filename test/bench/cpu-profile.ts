/**
 * A V8 CPU profile as CDP's `Profiler.stop` answers it, and the self time of its nodes: what
 * the profiling tools (profile-start.ts, cpu-split.ts) share.
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Microseconds of self time per node. `timeDeltas[i]` is the time from sample i − 1 to sample
 * i, so each sample is given the time until the next one (the last sample, none).
 */
export function selfTimeByNode(profile: CpuProfile): Map<ProfileNode, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<ProfileNode, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return self;
}
