/** Stable codes for every rule the domain enforces; the HTTP edge maps each to one problem type. */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'ORGANIZATION_ALREADY_EXISTS'
  | 'ORGANIZATION_NOT_FOUND'
  | 'PARENT_NOT_FOUND'
  | 'INVALID_PARENT_KIND'
  | 'TOP_LEVEL_REQUIRES_SYSTEM_ADMIN'
  | 'VOLUNTEER_ALREADY_EXISTS'
  | 'VOLUNTEER_NOT_FOUND'
  | 'VOLUNTEER_AGE_OUT_OF_RANGE'
  | 'ACTIVITY_ALREADY_EXISTS'
  | 'ACTIVITY_NOT_FOUND'
  | 'INVALID_ACTIVITY_WINDOW'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_ALREADY_EXISTS'
  | 'SESSION_ALREADY_OPEN'
  | 'NO_OPEN_SESSION'
  | 'SESSION_OVERLAPS'
  | 'CHECK_IN_IN_FUTURE'
  | 'CHECK_OUT_IN_FUTURE'
  | 'SESSION_IN_FUTURE'
  | 'OUTSIDE_ACTIVITY_WINDOW'
  | 'CHECK_OUT_BEFORE_CHECK_IN'
  | 'SESSION_TOO_LONG'
  | 'INVALID_SESSION_STATE'
  | 'MINUTES_EXCEED_MEASURED'
  | 'MINUTES_EXCEED_INTERVAL'
  | 'MINUTES_UNCHANGED'
  | 'REASON_REQUIRED'
  | 'SCHOOL_NOT_FOUND'
  | 'NOT_A_SCHOOL'
  | 'CONSENT_UNTIL_IN_PAST'
  | 'CONSENT_NOT_IN_FORCE'
  | 'CERTIFICATE_ALREADY_EXISTS'
  | 'CERTIFICATE_NOT_FOUND'
  | 'NO_CERTIFIABLE_SERVICE'
  | 'POLICY_NOT_FOUND'
  | 'NOT_A_CREDIT_POLICY'
  | 'TIER_NOT_FOUND'
  | 'NOT_ELIGIBLE'
  | 'AWARD_ALREADY_EXISTS'
  | 'AWARD_ALREADY_GRANTED'
  | 'AWARD_NOT_FOUND'
  | 'AWARD_ALREADY_REVOKED'
  | 'NOT_IN_ORGANIZING_SUBTREE'
  | 'NOT_IN_SCOPE'
  | 'FORBIDDEN';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The request field at fault, when one is. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable case: ${JSON.stringify(value)}`);
}
