/**
 * The manager's 「データの保存先」 (docs/postgres.md): where this copy of Tomari keeps the data,
 * a connection test, and the choice for the next start. The choice is the app's configuration,
 * not facility data: nothing here goes through the store or its transaction (the server may be
 * the very thing that is away), and the desktop shell or the browser host says how it is kept.
 */
import type {
  ConnectionTestResult,
  ConnectionView,
  ImportResult,
} from '../../shared/api/connection-schemas';
import { fail } from '../../shared/api/errors';
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

/**
 * Moves this PC's data to the server: read whole while no change can be written (the store's
 * transaction), then copied and verified (connection-settings.ts). A process that runs on a
 * server already has no folder of its own to move.
 */
export function connectionImport(
  ctx: ServiceContext,
  input: ParsedInput<'connection.import'>,
): Promise<ImportResult> {
  const { dataDir } = ctx.storage.status();
  if (dataDir === '') fail('NOT_SUPPORTED', { variant: 'connection' });
  return settingsOf(ctx).importInto(input, () =>
    ctx.repo.transaction(async () => ctx.storage.readFolder()),
  );
}
