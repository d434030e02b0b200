import type { ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { BedBlock } from '../../shared/domain/schemas';
import { auditEntry } from './audit';
import type { ServiceContext } from './context';

/** Every date a block can have: blocks are few, so finding one by id scans them all. */
const ALL_DATES = { from: '0001-01-01', to: '9999-12-31' };

/** Reopens a bed: removes one block. Nothing else changes, so no rule can newly fail. */
export async function unblockBed(
  ctx: ServiceContext,
  input: ParsedInput<'beds.unblock'>,
): Promise<BedBlock> {
  const blocks = await ctx.repo.blocksInRange(ALL_DATES);
  const block =
    blocks.find((b) => b.id === input.id) ??
    fail('NOT_FOUND', { entity: 'bedBlock', id: input.id });
  await ctx.repo.apply({
    deleteBedBlockIds: [block.id],
    audit: [
      auditEntry(ctx, {
        action: 'bed.unblock',
        entity: 'bedBlock',
        entityId: block.id,
        facts: { bedId: block.bedId },
      }),
    ],
  });
  return block;
}
