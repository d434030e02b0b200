/**
 * A runtime whose every call carries a manager's session, for tests and benches that drive
 * runtimes directly (several PCs on one database, the kill test's child, the bench). The first
 * runtime on an empty register sets the manager up, as a facility does at first run; a runtime
 * started later on the same database signs that manager in (sessions live in each process).
 */
import type { TomariRuntime } from '../runtime';
import { MANAGER_SECRET } from './fixture';

const MANAGER = { name: '試験 管理者', nameKana: 'しけん かんりしゃ' } as const;

async function valueOf<T>(runtime: TomariRuntime, channel: string, input: unknown): Promise<T> {
  const answer = await runtime.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel} answered ${answer.error.code}`);
  return answer.value as T;
}

/** The runtime, its calls made as the manager (set up first when nobody is). */
export async function signedInAsManager(runtime: TomariRuntime): Promise<TomariRuntime> {
  const names = await valueOf<{ id: string; name: string }[]>(runtime, 'session.staffNames', {});
  const known = names.find((s) => s.name === MANAGER.name);
  const managerId =
    known?.id ??
    (
      await valueOf<{ id: string }>(runtime, 'staff.setup', {
        ...MANAGER,
        secret: MANAGER_SECRET,
      })
    ).id;
  const { session } = await valueOf<{ session: string }>(runtime, 'session.signIn', {
    staffId: managerId,
    secret: MANAGER_SECRET,
  });
  return {
    ...runtime,
    dispatch: (channel, input, caller) => runtime.dispatch(channel, input, caller ?? { session }),
  };
}
