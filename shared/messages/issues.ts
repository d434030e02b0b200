/**
 * Refusals of one field with a catalogue code (shared/messages/catalog.ts `ISSUE_CODES`): as a
 * ValidationIssue for a service's answer, or as a zod issue inside a schema. Either way the
 * code travels with the issue and the Japanese text comes from the catalogue.
 */
import type { z } from 'zod';
import type { ValidationIssue } from '../api/errors';
import { isSpanWithinLimit, MAX_SPAN_DAYS } from '../domain/schemas';
import { ISSUE_CODES, type IssueCode } from './catalog';
import { issueText } from './render';

export function issue(
  code: IssueCode,
  path: (string | number)[],
  details?: Record<string, unknown>,
): ValidationIssue {
  return {
    path,
    code,
    message: issueText('ja', { code, path, ...(details ? { details } : {}) }) ?? code,
    ...(details ? { details } : {}),
  };
}

/** Adds a catalogue issue to a zod refinement; `params.code` keeps its code through zod. */
export function addIssue(ctx: z.RefinementCtx, found: ValidationIssue): void {
  ctx.addIssue({
    code: 'custom',
    path: found.path,
    message: found.message,
    params: { code: found.code, ...(found.details ? { details: found.details } : {}) },
  });
}

/**
 * The refinement of a period: DATES_OUT_OF_ORDER when `end` is before `start`, or, for a
 * period of nights, NO_NIGHT when it is not after it; else SPAN_TOO_LONG over a year. Reported
 * at the end's path.
 */
export function periodIssues(
  value: Record<string, unknown>,
  start: string,
  end: string,
  nights: boolean,
): ValidationIssue[] {
  const a = value[start];
  const b = value[end];
  if (typeof a !== 'string' || typeof b !== 'string') return [];
  if (b < a) return [issue('DATES_OUT_OF_ORDER', [end])];
  if (nights && b === a) return [issue('NO_NIGHT', [end])];
  return spanIssues(value, start, end);
}

/**
 * SPAN_TOO_LONG, at the end's path, when a period covers more than a year (MAX_SPAN_DAYS): no
 * stay, closure or listed range a facility means is longer, and one from year 1000 to 9000
 * would have every rule walk its days.
 */
export function spanIssues(
  value: Record<string, unknown>,
  start: string,
  end: string,
): ValidationIssue[] {
  const a = value[start];
  const b = value[end];
  if (typeof a !== 'string' || typeof b !== 'string' || isSpanWithinLimit(a, b)) return [];
  return [issue('SPAN_TOO_LONG', [end], { maxDays: MAX_SPAN_DAYS })];
}

/**
 * zod's issues as the API's. A catalogue issue keeps its own code: a refinement's in
 * `params.code`, a field check's as the schema's `error` (`REQUIRED`, `TOO_LONG`…), whose
 * Japanese text the catalogue gives with the field's name. Any other keeps zod's code and the
 * schema's message.
 */
export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((found): ValidationIssue => {
    const path = found.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const params = found.code === 'custom' ? (found.params as CustomParams | undefined) : undefined;
    if (params?.code === undefined && isIssueCode(found.message)) {
      return issue(
        found.message,
        path,
        found.code === 'too_big' ? { maximum: Number(found.maximum) } : undefined,
      );
    }
    return {
      path,
      code: params?.code ?? found.code,
      message: found.message,
      ...(params?.details ? { details: params.details } : {}),
    };
  });
}

function isIssueCode(text: string): text is IssueCode {
  return (ISSUE_CODES as readonly string[]).includes(text);
}

interface CustomParams {
  code?: string;
  details?: Record<string, unknown>;
}
