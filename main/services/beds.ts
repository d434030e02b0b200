import type { ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { Bed, BedBlock } from '../../shared/domain/schemas';
import { nightsOverlap, occupiesNights } from '../../shared/rules/occupancy';
import { auditEntry, saveAuditEntry } from './audit';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { requireBed } from './lookups';

export async function listBeds(ctx: ServiceContext): Promise<Bed[]> {
  const beds = await ctx.repo.listBeds();
  return beds.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'ja'));
}

export async function saveBed(ctx: ServiceContext, input: ParsedInput<'beds.save'>): Promise<Bed> {
  const { id, ...fields } = input.bed;
  const before = id ? await requireBed(ctx, id) : undefined;
  const beds = await ctx.repo.listBeds();
  const clash = beds.find((b) => b.id !== id && b.name === fields.name);
  if (clash) fail('BED_NAME_TAKEN', { name: fields.name });
  const bed: Bed = { ...fields, id: id ?? newId() };
  await ctx.repo.apply({
    beds: [bed],
    audit: [saveAuditEntry(ctx, 'bed', before, bed)],
  });
  return bed;
}

export async function blockBed(
  ctx: ServiceContext,
  input: ParsedInput<'beds.block'>,
): Promise<BedBlock> {
  await requireBed(ctx, input.bedId);
  // A block may not silently strand guests: the stays on those nights must be moved first.
  const stays = await ctx.repo.staysInRange(
    { from: input.start, to: input.end },
    { bedId: input.bedId },
  );
  const holding = stays.filter((s) => occupiesNights(s) && nightsOverlap(s, input));
  if (holding.length > 0) {
    fail('BLOCK_HAS_STAYS', { stayIds: holding.map((s) => s.id), count: holding.length });
  }
  const block: BedBlock = { ...input, reason: input.reason.trim(), id: newId() };
  await ctx.repo.apply({
    bedBlocks: [block],
    audit: [
      auditEntry(ctx, {
        action: 'bed.block',
        entity: 'bedBlock',
        entityId: block.id,
        facts: { bedId: block.bedId },
      }),
    ],
  });
  return block;
}

export async function listBlocks(
  ctx: ServiceContext,
  input: ParsedInput<'beds.blocks'>,
): Promise<BedBlock[]> {
  return ctx.repo.blocksInRange(input);
}
