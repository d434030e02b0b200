import type { ParsedInput } from '../../shared/api/contract';
import { settingsSchema, type Settings } from '../../shared/domain/schemas';
import { auditEntry, changedFields } from './audit';
import type { ServiceContext } from './context';

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  return ctx.repo.getSettings();
}

export async function updateSettings(
  ctx: ServiceContext,
  input: ParsedInput<'settings.update'>,
): Promise<Settings> {
  const before = await ctx.repo.getSettings();
  const after = settingsSchema.parse({ ...before, ...input });
  await ctx.repo.apply({
    settings: after,
    audit: [
      auditEntry(ctx, {
        action: 'settings.update',
        entity: 'settings',
        fields: changedFields(before, after),
      }),
    ],
  });
  return after;
}
