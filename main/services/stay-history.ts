import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { requireStay } from './lookups';

/** `stays.history`: who did what to a stay, and when, newest first (fields named, no values). */
export async function stayHistory(
  ctx: ServiceContext,
  input: ParsedInput<'stays.history'>,
): Promise<ChannelOutput<'stays.history'>> {
  await requireStay(ctx, input.id);
  return ctx.repo.auditOf(input.id);
}
