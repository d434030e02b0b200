/**
 * The manager's 「データの保存先」 (docs/postgres.md): where this copy of Tomari keeps the data,
 * a connection test, and the choice for the next start. The choice is the app's configuration,
 * not facility data: nothing here goes through the store or its transaction (the server may be
 * the very thing that is away), and the desktop shell or the browser host says how it is kept.
 */
import type { ConnectionTestResult, ConnectionView } from '../../shared/api/connection-schemas';
import type { ParsedInput } from '../../shared/api/contract';
import { fixedConnection } from '../connection/connection-settings';
import type { ServiceContext } from './context';

const settingsOf = (ctx: ServiceContext) => ctx.connection ?? fixedConnection(undefined);

export function connectionGet(ctx: ServiceContext): Promise<ConnectionView> {
  return settingsOf(ctx).view();
}

export function connectionTest(
  ctx: ServiceContext,
  input: ParsedInput<'connection.test'>,
): Promise<ConnectionTestResult> {
  return settingsOf(ctx).test(input);
}

export function connectionSave(
  ctx: ServiceContext,
  input: ParsedInput<'connection.save'>,
): Promise<ConnectionView> {
  return settingsOf(ctx).save(input);
}
