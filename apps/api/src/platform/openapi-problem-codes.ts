import { type DomainErrorCode } from '@vl/domain';
import { problemTypeFor } from '../shared/problem-types.js';

/** Codes raised outside the domain's rules, with their status and title. */
const PLATFORM_CODES: Record<string, { status: number; title: string }> = {
  MALFORMED_REQUEST: { status: 400, title: 'The request is malformed' },
  MALFORMED_URL: { status: 400, title: 'The URL is malformed' },
  INVALID_IDEMPOTENCY_KEY: { status: 400, title: 'The Idempotency-Key header is malformed' },
  BODY_TOO_DEEP: { status: 400, title: 'The body nests too deeply' },
  MIN_POSITION_AHEAD: { status: 400, title: 'The position is beyond the ledger' },
  TOKEN_MISSING: { status: 401, title: 'No bearer token' },
  TOKEN_INVALID: { status: 401, title: 'The token is not valid' },
  TOKEN_EXPIRED: { status: 401, title: 'The token has expired' },
  TOKEN_NOT_YET_VALID: { status: 401, title: 'The token is not valid yet' },
  CLAIMS_INVALID: { status: 401, title: 'A token claim is out of place' },
  SESSION_INVALID: { status: 401, title: 'The session is unknown or signed out' },
  SESSION_EXPIRED: { status: 401, title: 'The session has expired' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication required' },
  NO_ACCESS_RULE: { status: 403, title: 'The route declares no access rule' },
  ROLE_NOT_ALLOWED: { status: 403, title: 'The token’s roles do not allow this' },
  READ_ONLY_ROLE: { status: 403, title: 'The role may only read' },
  CSRF_TOKEN_INVALID: { status: 403, title: 'A cookie-signed write needs the session’s X-CSRF-Token' },
  ROUTE_NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'The path does not take this method' },
  CONCURRENCY_CONFLICT: { status: 409, title: 'The record changed concurrently' },
  DUPLICATE_EVENT: { status: 409, title: 'This request was already applied elsewhere' },
  BODY_TOO_LARGE: { status: 413, title: 'The body is larger than 64 KiB' },
  PATH_PARAMETER_TOO_LONG: { status: 414, title: 'A path parameter is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The body is not JSON' },
  IMPORT_REJECTED: { status: 422, title: 'The file has problems; nothing was imported' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'The Idempotency-Key was used with another request body' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  TOO_MANY_WAITING_READS: { status: 429, title: 'Too many reads waiting for the read model' },
  STORE_UNAVAILABLE: { status: 503, title: 'The ledger store is unavailable' },
  READ_MODEL_BEHIND: { status: 503, title: 'The read model has not caught up yet' },
  KEY_SET_UNAVAILABLE: { status: 503, title: 'The identity provider’s key set is unavailable' },
  PDF_FONT_MISSING: { status: 503, title: 'Certificates cannot be printed on this server' },
  UNKNOWN_PERSON: { status: 422, title: 'No such person in the ledger' },
  DEVELOPMENT_SIGN_IN_DISABLED: { status: 404, title: 'Development sign-in is off' },
  OIDC_NOT_CONFIGURED: { status: 404, title: 'OpenID Connect sign-in is not configured' },
  RETURN_TO_INVALID: { status: 400, title: 'returnTo is not a path of this site' },
  LOGIN_REQUEST_UNKNOWN: { status: 400, title: 'The callback matches no sign-in this browser started' },
  SIGN_IN_FAILED: { status: 400, title: 'The sign-in did not succeed' },
  IDENTITY_PROVIDER_UNAVAILABLE: { status: 503, title: 'The identity provider cannot be reached' },
  ...Object.fromEntries(
    [
      'CERTIFICATE_CONTENT_INVALID',
      'INVALID_PERIOD',
      'INVALID_DATE',
      'INVALID_MINUTES',
      'INVALID_VERIFICATION_CODE',
      'NO_CONFIRMED_SERVICE',
      'SERVICE_OUTSIDE_PERIOD',
      'CONFLICTING_ACTIVITY',
      'MISSING_FIELD',
    ].map((code) => [code, { status: 422, title: 'The certificate cannot state this' }]),
  ),
};

const PRESENCE = [
  'KIOSK_CODE_REQUIRED',
  'KIOSK_CODE_INVALID',
  'KIOSK_CODE_EXPIRED',
  'KIOSK_CODE_OTHER_ACTIVITY',
  'LOCATION_REQUIRED',
  'LOCATION_TOO_IMPRECISE',
  'OUTSIDE_GEOFENCE',
  'SELF_SERVICE_TIME_OFF',
];

/** The rule codes each operation can answer beyond those every route of its kind can. */
const OPERATION_CODES: Record<string, readonly string[]> = {
  'post /api/v1/organizations/{id}/imports': ['IMPORT_REJECTED'],
  'post /api/v1/organizations': [
    'ORGANIZATION_ALREADY_EXISTS',
    'PARENT_NOT_FOUND',
    'INVALID_PARENT_KIND',
    'TOP_LEVEL_REQUIRES_SYSTEM_ADMIN',
  ],
  'post /api/v1/volunteers': [
    'INVALID_IDENTITY_NUMBER',
    'GUARDIAN_CONSENT_REQUIRED',
    'VOLUNTEER_ALREADY_EXISTS',
    'ORGANIZATION_NOT_FOUND',
    'VOLUNTEER_AGE_OUT_OF_RANGE',
  ],
  'post /api/v1/activities': ['ACTIVITY_ALREADY_EXISTS', 'ORGANIZATION_NOT_FOUND', 'INVALID_ACTIVITY_WINDOW'],
  'post /api/v1/activities/{id}/check-ins': [
    'VOLUNTEER_NOT_FOUND',
    'VOLUNTEER_INACTIVE',
    'SESSION_ALREADY_EXISTS',
    'SESSION_ALREADY_OPEN',
    'SESSION_OVERLAPS',
    'CHECK_IN_IN_FUTURE',
    'OUTSIDE_ACTIVITY_WINDOW',
    'CHECK_IN_METHOD_NOT_ACCEPTED',
    'ORGANIZER_METHOD_FORBIDDEN',
    ...PRESENCE,
  ],
  'get /api/v1/activities/{id}/kiosk-code': ['NOT_IN_ORGANIZING_SUBTREE'],
  'post /api/v1/activities/{id}/check-outs': [
    'VOLUNTEER_NOT_FOUND',
    'NO_OPEN_SESSION',
    'CHECK_OUT_IN_FUTURE',
    'CHECK_OUT_BEFORE_CHECK_IN',
    'SESSION_TOO_LONG',
    'SESSION_OVERLAPS',
    'PRESENCE_PROOF_REQUIRED',
    'ORGANIZER_METHOD_FORBIDDEN',
    ...PRESENCE,
  ],
  'post /api/v1/activities/{id}/manual-sessions': [
    'VOLUNTEER_NOT_FOUND',
    'VOLUNTEER_INACTIVE',
    'SESSION_ALREADY_EXISTS',
    'SESSION_OVERLAPS',
    'SESSION_IN_FUTURE',
    'OUTSIDE_ACTIVITY_WINDOW',
    'CHECK_OUT_BEFORE_CHECK_IN',
    'SESSION_TOO_LONG',
    'MINUTES_EXCEED_INTERVAL',
    'NOT_IN_ORGANIZING_SUBTREE',
  ],
  'post /api/v1/sessions/{id}/confirmation': [
    'INVALID_SESSION_STATE',
    'MINUTES_EXCEED_MEASURED',
    'NOT_IN_ORGANIZING_SUBTREE',
  ],
  'post /api/v1/sessions/{id}/objections': ['NOT_POSTED', 'REASON_REQUIRED'],
  'post /api/v1/sessions/{id}/rejection': [
    'INVALID_SESSION_STATE',
    'REASON_REQUIRED',
    'NOT_IN_ORGANIZING_SUBTREE',
  ],
  'post /api/v1/sessions/{id}/corrections': [
    'INVALID_SESSION_STATE',
    'MINUTES_UNCHANGED',
    'MINUTES_EXCEED_INTERVAL',
    'REASON_REQUIRED',
    'NOT_IN_ORGANIZING_SUBTREE',
  ],
  'post /api/v1/sessions/{id}/revocation': [
    'INVALID_SESSION_STATE',
    'REASON_REQUIRED',
    'NOT_IN_ORGANIZING_SUBTREE',
  ],
  'post /api/v1/volunteers/{id}/consents': [
    'SCHOOL_NOT_FOUND',
    'NOT_A_SCHOOL',
    'CONSENT_UNTIL_IN_PAST',
    'CONSENT_BY_VOLUNTEER_ONLY',
    'GUARDIAN_CONSENT_REQUIRED',
  ],
  'post /api/v1/activities/{id}/report': ['ACTIVITY_NOT_ENDED'],
  'post /api/v1/volunteers/{id}/consents/{schoolId}/revocation': ['CONSENT_NOT_IN_FORCE'],
  'get /api/v1/schools/{id}/students/credits': ['NOT_A_SCHOOL', 'POLICY_NOT_FOUND', 'NOT_A_CREDIT_POLICY'],
  'post /api/v1/volunteers/{id}/certificates': [
    'CERTIFICATE_ALREADY_EXISTS',
    'NO_CERTIFIABLE_SERVICE',
    'CERTIFICATE_CONTENT_INVALID',
    'INVALID_PERIOD',
    'INVALID_DATE',
    'INVALID_MINUTES',
    'INVALID_VERIFICATION_CODE',
    'NO_CONFIRMED_SERVICE',
    'SERVICE_OUTSIDE_PERIOD',
    'CONFLICTING_ACTIVITY',
    'MISSING_FIELD',
  ],
  'get /api/v1/certificates/{code}/pdf': ['PDF_FONT_MISSING'],
  'get /api/v1/volunteers/{id}/eligibility': ['POLICY_NOT_FOUND'],
  'get /api/v1/organizations/{id}/eligibility': ['POLICY_NOT_FOUND', 'TIER_NOT_FOUND'],
  'post /api/v1/volunteers/{id}/awards': [
    'AWARD_ALREADY_EXISTS',
    'AWARD_ALREADY_GRANTED',
    'NOT_ELIGIBLE',
    'POLICY_NOT_FOUND',
    'TIER_NOT_FOUND',
  ],
  'post /api/v1/volunteers/{id}/awards/{awardId}/revocation': ['AWARD_ALREADY_REVOKED', 'REASON_REQUIRED'],
  'post /api/v1/volunteers/{id}/league-status': [
    'PROFILE_UNCHANGED',
    'PROFILE_CHANGE_IN_FUTURE',
    'PROFILE_CHANGE_OUT_OF_ORDER',
    'LEAGUE_STATUS_TRANSITION_INVALID',
  ],
  'post /api/v1/volunteers/{id}/school': [
    'SCHOOL_NOT_FOUND',
    'NOT_A_SCHOOL',
    'PROFILE_UNCHANGED',
    'PROFILE_CHANGE_IN_FUTURE',
    'PROFILE_CHANGE_OUT_OF_ORDER',
  ],
  'post /api/v1/volunteers/{id}/transfer': [
    'ORGANIZATION_NOT_FOUND',
    'PROFILE_UNCHANGED',
    'PROFILE_CHANGE_IN_FUTURE',
    'PROFILE_CHANGE_OUT_OF_ORDER',
  ],
  'post /api/v1/volunteers/{id}/deactivation': [
    'VOLUNTEER_ALREADY_INACTIVE',
    'SESSION_ALREADY_OPEN',
    'REASON_REQUIRED',
    'PROFILE_CHANGE_IN_FUTURE',
    'PROFILE_CHANGE_OUT_OF_ORDER',
  ],
  'post /api/v1/volunteers/{id}/reactivation': [
    'VOLUNTEER_ALREADY_ACTIVE',
    'REASON_REQUIRED',
    'PROFILE_CHANGE_IN_FUTURE',
    'PROFILE_CHANGE_OUT_OF_ORDER',
  ],
  'get /api/v1/auth/development/people': ['DEVELOPMENT_SIGN_IN_DISABLED'],
  'post /api/v1/auth/development/sign-in': ['DEVELOPMENT_SIGN_IN_DISABLED', 'UNKNOWN_PERSON'],
  'get /auth/login': ['OIDC_NOT_CONFIGURED', 'RETURN_TO_INVALID', 'IDENTITY_PROVIDER_UNAVAILABLE'],
  'get /auth/callback': [
    'OIDC_NOT_CONFIGURED',
    'LOGIN_REQUEST_UNKNOWN',
    'SIGN_IN_FAILED',
    'CLAIMS_INVALID',
    'IDENTITY_PROVIDER_UNAVAILABLE',
  ],
};

/** What a path's segments name, and the code that says it does not exist. */
const NOT_FOUND_BY_SEGMENT: Record<string, string> = {
  organizations: 'ORGANIZATION_NOT_FOUND',
  volunteers: 'VOLUNTEER_NOT_FOUND',
  activities: 'ACTIVITY_NOT_FOUND',
  sessions: 'SESSION_NOT_FOUND',
  schools: 'SCHOOL_NOT_FOUND',
  certificates: 'CERTIFICATE_NOT_FOUND',
  awards: 'AWARD_NOT_FOUND',
};

export interface OperationTraits {
  readonly method: string;
  readonly path: string;
  readonly isPublic: boolean;
  /** Reads a token when one is sent, though none is needed. */
  readonly readsOptionalToken: boolean;
  readonly waitsForPosition: boolean;
}

/** The status and title of any code the service raises. */
export function problemStatusOf(code: string): { status: number; title: string } {
  return PLATFORM_CODES[code] ?? problemTypeFor(code as DomainErrorCode);
}

/** Every problem code an operation can answer, cross-cutting ones first, then its own rules. */
export function problemCodesOf(operation: OperationTraits): string[] {
  const { method, path, isPublic } = operation;
  const write = method !== 'get';
  const codes = [
    'VALIDATION_FAILED',
    'MALFORMED_REQUEST',
    'MALFORMED_URL',
    'ROUTE_NOT_FOUND',
    'METHOD_NOT_ALLOWED',
  ];
  codes.push('RATE_LIMITED', 'STORE_UNAVAILABLE');
  if (!isPublic || operation.readsOptionalToken) {
    codes.push('TOKEN_MISSING', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_NOT_YET_VALID', 'CLAIMS_INVALID');
    codes.push('SESSION_INVALID', 'SESSION_EXPIRED', 'KEY_SET_UNAVAILABLE');
  }
  if (!isPublic)
    codes.push('UNAUTHENTICATED', 'NO_ACCESS_RULE', 'ROLE_NOT_ALLOWED', 'NOT_IN_SCOPE', 'FORBIDDEN');
  if (write) {
    codes.push('INVALID_IDEMPOTENCY_KEY', 'BODY_TOO_DEEP', 'BODY_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
    codes.push('IDEMPOTENCY_KEY_REUSED', 'CONCURRENCY_CONFLICT', 'DUPLICATE_EVENT');
    if (!isPublic) codes.push('READ_ONLY_ROLE', 'CSRF_TOKEN_INVALID');
  }
  if (path.includes('{')) codes.push('PATH_PARAMETER_TOO_LONG');
  if (operation.waitsForPosition)
    codes.push('MIN_POSITION_AHEAD', 'TOO_MANY_WAITING_READS', 'READ_MODEL_BEHIND');
  for (const segment of path.split('/').filter((_, index, all) => all[index + 1]?.startsWith('{'))) {
    const notFound = NOT_FOUND_BY_SEGMENT[segment];
    if (notFound) codes.push(notFound);
  }
  // A volunteer's personal answers are gone once their personal data is erased (erasure itself repeats safely).
  if (
    path.startsWith('/api/v1/volunteers/{id}') &&
    path !== '/api/v1/volunteers/{id}/personal-data/erasure'
  ) {
    codes.push('PERSONAL_DATA_ERASED');
  }
  codes.push(...(OPERATION_CODES[`${method} ${path}`] ?? []));
  return [...new Set(codes)];
}

/** The operations the table above names, to check it against the document. */
export const OPERATIONS_WITH_OWN_CODES = Object.keys(OPERATION_CODES);
