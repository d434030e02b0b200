/**
 * Signed-in sessions, held in the running process's memory: a session ends at sign-out, when it
 * has been idle longer than the facility's setting, when its staff member is retired, and when
 * the process ends (a restart signs everybody out). Ids are 256 random bits, so they cannot be
 * guessed; they are never logged, audited or written to disk.
 */
import { randomBytes } from 'node:crypto';

export interface Session {
  staffId: string;
  /** When the session last answered a call (ms since the epoch, from the clock given). */
  lastSeen: number;
}

export interface Sessions {
  /** Starts a session for the staff member; answers its id. */
  open(staffId: string): string;
  /**
   * The session behind `id` when it is open and has not been idle `idleMs` or longer, marked
   * as seen now; undefined otherwise (an idle one is ended).
   */
  resume(id: string | undefined, idleMs: number): Session | undefined;
  end(id: string): void;
  /**
   * Ends every session of a staff member (retired, or given a new secret), but `except`: the
   * session of the caller who changed their own secret stays.
   */
  endAllOf(staffId: string, except?: string): void;
  /** How many sessions are open (for tests and diagnostics; never their ids). */
  count(): number;
}

export function createSessions(now: () => Date): Sessions {
  const open = new Map<string, Session>();
  return {
    open(staffId) {
      const id = randomBytes(32).toString('base64url');
      open.set(id, { staffId, lastSeen: now().getTime() });
      return id;
    },
    resume(id, idleMs) {
      if (id === undefined) return undefined;
      const session = open.get(id);
      if (!session) return undefined;
      const at = now().getTime();
      if (at - session.lastSeen >= idleMs) {
        open.delete(id);
        return undefined;
      }
      session.lastSeen = at;
      return { ...session };
    },
    end(id) {
      open.delete(id);
    },
    endAllOf(staffId, except) {
      for (const [id, session] of open) {
        if (session.staffId === staffId && id !== except) open.delete(id);
      }
    },
    count: () => open.size,
  };
}
