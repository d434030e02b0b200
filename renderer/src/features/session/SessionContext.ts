import { createContext, useContext } from 'react';
import { ANYONE, contract, type Channel } from '../../../../shared/api/contract';
import { mayUse, type Staff } from '../../../../shared/domain/staff';

/** What the screens know of who is signed in, and what they may ask for. */
export interface SessionValue {
  staff: Staff;
  /** True when the signed-in staff member's roles may call the channel. */
  can(channel: Channel): boolean;
  /** Locks the screen now (the staff member steps away): as the idle lock does. */
  lockNow(): void;
  /** Signs out and shows the list of names, for someone else to sign in. */
  switchUser(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The roles of `staff` may call `channel` (the same check the dispatcher makes). */
export function staffCan(staff: Staff, channel: Channel): boolean {
  const { roles } = contract[channel];
  return roles === ANYONE || mayUse(staff.roles, roles);
}

/** The signed-in staff member; only screens inside the session gate may ask. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}

/** True when the signed-in staff member may call the channel (screens hide what they may not). */
export function useCan(channel: Channel): boolean {
  return useSession().can(channel);
}
