import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { fail } from '../../shared/api/errors';
import type { ServiceContext } from './context';

/**
 * Printing needs a window of the desktop shell. The browser host has none: it answers
 * NOT_SUPPORTED and the page prints itself with the browser instead.
 */
function requirePrinter(ctx: ServiceContext): NonNullable<ServiceContext['printer']> {
  return ctx.printer ?? fail('NOT_SUPPORTED');
}

export async function printPreview(
  ctx: ServiceContext,
  input: ParsedInput<'print.preview'>,
): Promise<ChannelOutput<'print.preview'>> {
  await requirePrinter(ctx).preview(input.route);
  return {};
}

export async function printSavePdf(
  ctx: ServiceContext,
  input: ParsedInput<'print.savePdf'>,
): Promise<ChannelOutput<'print.savePdf'>> {
  return requirePrinter(ctx).savePdf(input.route);
}
