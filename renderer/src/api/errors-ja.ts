import type { TFunction } from 'i18next';
import {
  ERROR_CODES,
  type ApiError,
  type ErrorCode,
  type ValidationIssue,
} from '../../../shared/api/errors';
import type { ClientOnlyErrorCode } from '../../../shared/messages/catalog';
import {
  errorText,
  issueText,
  violationText,
  type MessageLanguage,
} from '../../../shared/messages/render';
import type { Violation } from '../../../shared/domain/schemas';
import { isApiCallError } from './apiCallError';

export interface ErrorDescription {
  /** One sentence for the code, in the UI language (Japanese by default). */
  message: string;
  /** The specifics behind it, e.g. each broken booking rule; may be empty. */
  details: string[];
}

type Describable = Partial<Pick<ApiError, 'violations' | 'issues'>> & Record<string, unknown>;

/** The language `t` speaks: every resource names its own (`language.code`). */
export function languageOf(t: TFunction): MessageLanguage {
  return t('language.code') === 'en' ? 'en' : 'ja';
}

function isApiError(error: unknown): error is ApiError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/** A broken booking rule, in the UI language (the server's `message` is always Japanese). */
export function violationMessage(violation: Violation, t: TFunction): string {
  return violationText(languageOf(t), violation);
}

/**
 * A refused field, in the UI language: the catalogue's sentence for its code (naming the field),
 * or, for zod's own codes, zod's message.
 */
export function issueMessage(issue: ValidationIssue, t: TFunction): string {
  return issueText(languageOf(t), issue) ?? issue.message;
}

function describeCode(
  code: ErrorCode | ClientOnlyErrorCode,
  source: Describable,
  t: TFunction,
): ErrorDescription {
  const language = languageOf(t);
  const message = errorText(language, code, source);
  switch (code) {
    case 'RULE_VIOLATION':
      return {
        message,
        details: (source.violations ?? []).map((v) => violationText(language, v)),
      };
    case 'INVALID_INPUT':
      return {
        message,
        details: (source.issues ?? []).map((issue) => {
          const text = issueMessage(issue, t);
          return issue.path.length > 0 ? `${issue.path.join('.')}: ${text}` : text;
        }),
      };
    default:
      return { message, details: [] };
  }
}

/**
 * The text a person at the desk sees for a failed call, in the UI language: rendered from the
 * code and its details with the message catalogue (shared/messages), never the server's own
 * `message`, so every error reads the same in every screen.
 */
export function describeApiError(error: unknown, t: TFunction): ErrorDescription {
  if (isApiCallError(error)) return describeCode(error.code, error.apiError ?? {}, t);
  if (isApiError(error) && isErrorCode(error.code)) return describeCode(error.code, error, t);
  return describeCode('UNEXPECTED', {}, t);
}

/**
 * The text for a step the screen already knows it cannot take (a `Refusal` of the shared
 * lifecycle rules): the same words the server's refusal would be shown with.
 */
export function refusalMessage(
  refusal: { code: ErrorCode; details: Record<string, string> },
  t: TFunction,
): string {
  return describeCode(refusal.code, refusal.details, t).message;
}
