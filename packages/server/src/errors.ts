/**
 * The one application error type. `code` is stable (clients branch on it), `message` is a
 * sentence a member of staff can read, `details` optionally points at fields.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_invalid: 403,
  /** Signed in, but two-factor sign-in must be set up before anything else (admins, channel users). */
  two_factor_enrolment_required: 403,
  not_found: 404,
  conflict: 409,
  /** Two-factor sign-in is on already (set-up finished elsewhere, e.g. in another tab). */
  two_factor_already_enabled: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  /** Where the problem is, e.g. "body.email". */
  path?: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: ErrorCode, message: string, options: { details?: ErrorDetail[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON(): { error: { code: ErrorCode; message: string; details?: ErrorDetail[] } } {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
