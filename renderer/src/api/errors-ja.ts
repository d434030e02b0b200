import type { TFunction } from 'i18next';
import type { ApiError } from '../../../shared/api/errors';
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

function describeCode(
  code: ClientErrorCode,
  source: Pick<ApiError, 'violations' | 'issues'>,
  t: TFunction,
): ErrorDescription {
  const message = t(`errors.${code}`);
  switch (code) {
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
  if (isApiCallError(error)) return describeCode(error.code, error, t);
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
