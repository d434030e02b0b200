import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/api/errors';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { stayStatusSchema } from '../../../shared/domain/schemas';
import { datePartsOf, weekdayKeyOf } from '../lib/calendar';
import { isApiCallError, type ClientErrorCode } from './apiCallError';

export interface ErrorDescription {
  /** One sentence for the code, in the UI language (Japanese by default). */
  message: string;
  /** The specifics behind it, e.g. each broken booking rule; may be empty. */
  details: string[];
}

function isApiError(error: unknown): error is ApiError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/**
 * The figures an error carries (its string fields beside code and message), ready to be put
 * into its text: dates in the UI's long form, statuses by their names.
 */
function figuresOf(source: object, t: TFunction): Record<string, string> {
  const figures: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value !== 'string' || key === 'code' || key === 'message') continue;
    const status = stayStatusSchema.safeParse(value);
    figures[key] = isValidIsoDate(value)
      ? t('date.long', { ...datePartsOf(value), weekday: t(`weekday.${weekdayKeyOf(value)}`) })
      : status.success
        ? t(`stayStatus.${status.data}`)
        : value;
  }
  return figures;
}

function describeCode(
  code: ClientErrorCode,
  source: Pick<ApiError, 'violations' | 'issues'> & object,
  t: TFunction,
): ErrorDescription {
  const figures = figuresOf(source, t);
  const message = t(`errors.${code}`, { replace: figures });
  switch (code) {
    case 'INVALID_TRANSITION':
      return {
        message,
        details:
          figures.from && figures.to ? [t('errorDetail.transition', { replace: figures })] : [],
      };
    // Violation messages are written in Japanese by the rules themselves, with their figures.
    case 'RULE_VIOLATION':
      return { message, details: (source.violations ?? []).map((v) => v.message) };
    case 'INVALID_INPUT':
      return {
        message,
        details: (source.issues ?? []).map((issue) =>
          issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
        ),
      };
    default:
      return { message, details: [] };
  }
}

/**
 * The text a person at the desk sees for a failed call: chosen here from the error code, never
 * the server's technical message, so every error reads the same in every screen.
 */
export function describeApiError(error: unknown, t: TFunction): ErrorDescription {
  if (isApiCallError(error)) return describeCode(error.code, error.apiError ?? error, t);
  if (isApiError(error)) {
    const known = t(`errors.${error.code}`, { defaultValue: '' });
    return known === ''
      ? { message: t('errors.UNEXPECTED'), details: [] }
      : describeCode(error.code, error, t);
  }
  return { message: t('errors.UNEXPECTED'), details: [] };
}

/** The same description as one string, for places that show a single line or a tooltip. */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  const { message, details } = describeApiError(error, t);
  return [message, ...details.map((detail) => `・${detail}`)].join('\n');
}

/**
 * The text for a step the screen already knows it cannot take (a `Refusal` of the shared
 * lifecycle rules): the same words the server's refusal would be shown with.
 */
export function refusalMessage(
  refusal: { code: ClientErrorCode; details: Record<string, string> },
  t: TFunction,
): string {
  return describeCode(refusal.code, { ...refusal.details }, t).message;
}
