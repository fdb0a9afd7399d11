/**
 * Errors raised by authentication and access checks. They carry stable codes; the HTTP edge maps each
 * class to one status (see `authErrorStatus`), never the services that throw them.
 */
export type AuthenticationErrorCode =
  | 'TOKEN_MISSING'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'CLAIMS_INVALID'
  | 'SESSION_INVALID'
  | 'SESSION_EXPIRED';

/** Who is calling could not be established: 401. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';

  constructor(
    readonly code: AuthenticationErrorCode,
    message: string,
    /** The token claim at fault, when one is (`sub`, `roles`, `iss`, ...). */
    readonly claim?: string,
  ) {
    super(message);
  }
}

export type KnownAccessDeniedCode =
  | 'NO_ACCESS_RULE'
  | 'ROLE_NOT_ALLOWED'
  | 'READ_ONLY_ROLE'
  | 'NOT_IN_SCOPE'
  | 'NOT_OWN_RECORD'
  | 'SYSTEM_ADMIN_ONLY'
  | 'CSRF_TOKEN_INVALID'
  | 'UNSUPPORTED_CONTEXT';

/** The known codes autocomplete, and callers may still name a rule of their own. */
export type AccessDeniedCode = KnownAccessDeniedCode | (string & {});

/** The caller is known but may not do this: 403. */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedError';

  constructor(
    readonly code: AccessDeniedCode,
    message: string = 'access denied',
  ) {
    super(message);
  }
}

/** Too many requests from one client in one limit group: 429 with `Retry-After`. */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
  readonly code = 'RATE_LIMITED';

  constructor(
    readonly group: string,
    /** Whole seconds, at least 1, until the next request of this group can pass. */
    readonly retryAfterSeconds: number,
  ) {
    super(`too many requests (${group}); retry after ${retryAfterSeconds} s`);
  }
}

/**
 * The remote key set could not be fetched or read. Not the caller's fault, so it is neither a 401 nor
 * counted as a failed authentication: 503.
 */
export class KeySetUnavailableError extends Error {
  override readonly name = 'KeySetUnavailableError';
  readonly code = 'KEY_SET_UNAVAILABLE';

  constructor(options?: { cause?: unknown }) {
    super('the token signing keys are unavailable', options);
  }
}

export type AuthError = AuthenticationError | AccessDeniedError | RateLimitedError | KeySetUnavailableError;

export function isAuthError(error: unknown): error is AuthError {
  return (
    error instanceof AuthenticationError ||
    error instanceof AccessDeniedError ||
    error instanceof RateLimitedError ||
    error instanceof KeySetUnavailableError
  );
}

/** The HTTP status an auth error stands for, so the edge's one error mapper needs no second table. */
export function authErrorStatus(error: AuthError): 401 | 403 | 429 | 503 {
  if (error instanceof AuthenticationError) return 401;
  if (error instanceof AccessDeniedError) return 403;
  if (error instanceof RateLimitedError) return 429;
  return 503;
}
