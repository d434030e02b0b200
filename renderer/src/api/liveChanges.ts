/**
 * Keeps the screens current when several PCs share the facility's database: every second the
 * app asks `changes.since` what other PCs changed since the last answer and refreshes the cached
 * answers that read it (docs/postgres.md). The answer also says whether the database can be
 * reached; the banner shows it. On the embedded store (`database: 'none'`) nobody else writes,
 * so the app stops asking after the first answer.
 */
import { useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { channelsReading, type Changes } from '../../../shared/api/contract';
import { call } from './client';
import { refreshChannels } from './queries';

export type DatabaseReach = Changes['database'];

/** Often enough that a change on another PC shows within two seconds. */
export const CHANGES_EVERY_MS = 1_000;

let reach: DatabaseReach = 'none';
const reachListeners = new Set<() => void>();

function setReach(next: DatabaseReach): void {
  if (reach === next) return;
  reach = next;
  for (const listener of reachListeners) listener();
}

/** Whether the facility's database answers (`none`: this PC keeps its own data). */
export function useDatabaseReach(): DatabaseReach {
  return useSyncExternalStore(
    (listener) => {
      reachListeners.add(listener);
      return () => reachListeners.delete(listener);
    },
    () => reach,
  );
}

export interface FollowOptions {
  ask?: (after: number | null) => Promise<Changes>;
  everyMs?: number;
}

/** Starts following; answers the function that stops. */
export function followChanges(client: QueryClient, options: FollowOptions = {}): () => void {
  const ask = options.ask ?? ((after) => call('changes.since', { after }));
  const everyMs = options.everyMs ?? CHANGES_EVERY_MS;
  let after: number | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    try {
      const answer = await ask(after);
      if (stopped) return;
      setReach(answer.database);
      if (answer.database === 'none') return;
      after = answer.seq;
      if (answer.kinds.length > 0) await refreshChannels(client, channelsReading(answer.kinds));
    } catch {
      // The host itself is away (the app's own error screens say so); keep asking.
    }
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  void tick();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
