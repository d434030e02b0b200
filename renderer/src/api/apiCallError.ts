import type { Channel } from '../../../shared/api/contract';
import type { ApiError, ErrorCode, ValidationIssue } from '../../../shared/api/errors';
import type { Violation } from '../../../shared/domain/schemas';

/** Codes the server sends, plus the two failures only the client can see. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

/**
 * What a failed call throws. It is an Error (not a plain value) because TanStack Query and React
 * error paths expect thrown Errors; the typed server error travels inside it unchanged.
 */
export class ApiCallError extends Error {
  readonly channel: Channel;
  readonly code: ClientErrorCode;
  /** The server's error as sent; absent when the server could not be reached or understood. */
  readonly apiError: ApiError | undefined;
  readonly violations: Violation[];
  readonly issues: ValidationIssue[];

  constructor(
    channel: Channel,
    code: ClientErrorCode,
    message: string,
    apiError?: ApiError,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiCallError';
    this.channel = channel;
    this.code = code;
    this.apiError = apiError;
    this.violations = apiError?.violations ?? [];
    this.issues = apiError?.issues ?? [];
  }
}

export function isApiCallError(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError;
}
