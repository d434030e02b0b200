import { z } from 'zod';
import { ERROR_CODES, type ApiError, type ErrorCode } from '../../../shared/api/errors';
import { emergencyPlanSchema, violationSchema } from '../../../shared/domain/schemas';

const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});

// Extra details are kept only when well-formed: a malformed detail must not hide the error itself.
const apiErrorSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  issues: z.array(issueSchema).optional().catch(undefined),
  violations: z.array(violationSchema).optional().catch(undefined),
  plan: emergencyPlanSchema.optional().catch(undefined),
});

const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

export type ParsedEnvelope = { ok: true; value: unknown } | { ok: false; error: ApiError };

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** Reads an answer of either transport; `null` when it is not an envelope at all. */
export function parseEnvelope(raw: unknown): ParsedEnvelope | null {
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) return null;
  if (parsed.data.ok) return { ok: true, value: parsed.data.value };
  const { code, ...rest } = parsed.data.error;
  // A newer server may send a code this renderer does not know yet; treat it as internal.
  return { ok: false, error: { ...rest, code: isErrorCode(code) ? code : 'INTERNAL' } };
}
