import { type DomainErrorCode } from '@vl/domain';

export interface ProblemType {
  readonly status: number;
  readonly title: string;
}

/** The one mapping from domain rule codes to HTTP statuses and titles. */
export function problemTypeFor(code: DomainErrorCode): ProblemType {
  switch (code) {
    case 'VALIDATION_FAILED':
      return { status: 400, title: 'The request is malformed' };
    case 'ORGANIZATION_ALREADY_EXISTS':
    case 'VOLUNTEER_ALREADY_EXISTS':
    case 'ACTIVITY_ALREADY_EXISTS':
    case 'SESSION_ALREADY_EXISTS':
    case 'CERTIFICATE_ALREADY_EXISTS':
      return { status: 409, title: 'The id is already taken' };
    case 'SESSION_ALREADY_OPEN':
      return { status: 409, title: 'The volunteer already has an open session' };
    case 'SESSION_OVERLAPS':
      return { status: 409, title: 'The session overlaps another counted session' };
    case 'ORGANIZATION_NOT_FOUND':
    case 'VOLUNTEER_NOT_FOUND':
    case 'ACTIVITY_NOT_FOUND':
    case 'SESSION_NOT_FOUND':
    case 'SCHOOL_NOT_FOUND':
    case 'CERTIFICATE_NOT_FOUND':
      return { status: 404, title: 'Not found' };
    case 'NOT_A_CREDIT_POLICY':
      return { status: 422, title: 'The policy does not convert hours to credits' };
    case 'NOT_A_SCHOOL':
      return { status: 422, title: 'The organisation is not a school' };
    case 'CONSENT_UNTIL_IN_PAST':
      return { status: 422, title: 'A consent must last until a time in the future' };
    case 'CONSENT_NOT_IN_FORCE':
      return { status: 422, title: 'No consent to this school is in force' };
    case 'NO_CERTIFIABLE_SERVICE':
      return { status: 422, title: 'There is no confirmed service to certify in the period' };
    case 'PARENT_NOT_FOUND':
      return { status: 422, title: 'The parent organisation does not exist' };
    case 'INVALID_PARENT_KIND':
      return { status: 422, title: 'This kind of organisation cannot hang under that parent' };
    case 'VOLUNTEER_AGE_OUT_OF_RANGE':
      return { status: 422, title: 'Volunteers are 14 to 35 years old' };
    case 'GUARDIAN_CONSENT_REQUIRED':
      return {
        status: 422,
        title: 'A volunteer under 18 registers with a guardian’s consent (未满18周岁须经监护人同意)',
      };
    case 'INVALID_IDENTITY_NUMBER':
      return { status: 400, title: 'The identity number is not valid (身份号码无效, GB 11643-1999)' };
    case 'PERSONAL_DATA_ERASED':
      return { status: 410, title: 'The person’s personal data has been erased (个人信息已删除)' };
    case 'CONSENT_BY_VOLUNTEER_ONLY':
      return {
        status: 403,
        title:
          'Only the volunteer, or the guardian of a minor, grants a school consent (仅本人或监护人可授权)',
      };
    case 'INVALID_ACTIVITY_WINDOW':
      return { status: 422, title: 'The activity window is not valid' };
    case 'ACTIVITY_NOT_ENDED':
      return { status: 422, title: 'An activity is reported after it ends' };
    case 'NO_OPEN_SESSION':
      return { status: 422, title: 'The volunteer has no open session at this activity' };
    case 'CHECK_IN_IN_FUTURE':
    case 'CHECK_OUT_IN_FUTURE':
    case 'SESSION_IN_FUTURE':
      return { status: 422, title: 'The time is more than 5 minutes in the future' };
    case 'MINUTES_UNCHANGED':
      return { status: 422, title: 'The correction does not change the minutes' };
    case 'OUTSIDE_ACTIVITY_WINDOW':
      return { status: 422, title: 'The time is more than 2 hours outside the activity window' };
    case 'CHECK_OUT_BEFORE_CHECK_IN':
      return { status: 422, title: 'The check-out is before the check-in' };
    case 'SESSION_TOO_LONG':
      return { status: 422, title: 'A session cannot be longer than 24 hours' };
    case 'INVALID_SESSION_STATE':
      return { status: 422, title: 'The session is not in a state that allows this' };
    case 'NOT_POSTED':
      return { status: 422, title: 'The session is not under public posting (不在公示期内)' };
    case 'MINUTES_EXCEED_MEASURED':
      return { status: 422, title: 'An organiser may confirm fewer minutes than measured, never more' };
    case 'MINUTES_EXCEED_INTERVAL':
      return { status: 422, title: 'The minutes exceed the time the session covers' };
    case 'CHECK_IN_METHOD_NOT_ACCEPTED':
      return { status: 422, title: 'The activity does not accept this check-in method' };
    case 'ORGANIZER_METHOD_FORBIDDEN':
      return {
        status: 403,
        title: 'Only an organiser of the organising subtree checks in by method organizer',
      };
    case 'SELF_SERVICE_TIME_OFF':
      return { status: 422, title: 'A volunteer checks in and out at the present time' };
    case 'KIOSK_CODE_REQUIRED':
      return { status: 422, title: 'A qr check-in carries the kiosk code' };
    case 'KIOSK_CODE_INVALID':
      return { status: 422, title: 'The check-in code is not valid' };
    case 'KIOSK_CODE_EXPIRED':
      return { status: 422, title: 'The check-in code has expired' };
    case 'KIOSK_CODE_OTHER_ACTIVITY':
      return { status: 422, title: 'The check-in code belongs to another activity' };
    case 'LOCATION_REQUIRED':
      return { status: 422, title: 'A geo check-in carries latitude, longitude and accuracy' };
    case 'LOCATION_TOO_IMPRECISE':
      return { status: 422, title: 'The location is not precise enough' };
    case 'OUTSIDE_GEOFENCE':
      return { status: 422, title: 'The location is outside the venue range' };
    case 'PRESENCE_PROOF_REQUIRED':
      return { status: 422, title: 'A volunteer checks out with the kiosk code or a location' };
    case 'REASON_REQUIRED':
      return { status: 422, title: 'A reason is required' };
    case 'POLICY_NOT_FOUND':
      return { status: 404, title: 'No such policy is in force' };
    case 'TIER_NOT_FOUND':
      return { status: 404, title: 'The policy has no such tier' };
    case 'AWARD_NOT_FOUND':
      return { status: 404, title: 'Not found' };
    case 'NOT_ELIGIBLE':
      return { status: 422, title: 'The volunteer is not eligible for this honour' };
    case 'AWARD_ALREADY_EXISTS':
      return { status: 409, title: 'The id is already taken' };
    case 'AWARD_ALREADY_GRANTED':
      return { status: 409, title: 'The volunteer already holds this honour' };
    case 'AWARD_ALREADY_REVOKED':
      return { status: 409, title: 'The award is already revoked' };
    case 'NOT_IN_ORGANIZING_SUBTREE':
      return { status: 403, title: 'Only the organising organisation’s subtree may do this' };
    case 'TOP_LEVEL_REQUIRES_SYSTEM_ADMIN':
      return { status: 403, title: 'Only the system administrator creates top-level organisations' };
    case 'NOT_IN_SCOPE':
      return { status: 403, title: 'Outside your organisation’s scope' };
    case 'FORBIDDEN':
      return { status: 403, title: 'Forbidden' };
    case 'PROFILE_UNCHANGED':
      return { status: 422, title: 'The change leaves the volunteer as they are (未作变更)' };
    case 'PROFILE_CHANGE_IN_FUTURE':
      return { status: 422, title: 'A change is recorded once it has taken effect (生效日期不能晚于今天)' };
    case 'PROFILE_CHANGE_OUT_OF_ORDER':
      return {
        status: 422,
        title: 'A change cannot take effect before the last change of its kind (生效日期早于上次变更)',
      };
    case 'LEAGUE_STATUS_TRANSITION_INVALID':
      return { status: 422, title: 'A member does not become an applicant again (团员不能改回入团申请人)' };
    case 'VOLUNTEER_INACTIVE':
      return { status: 422, title: 'The volunteer is deactivated (志愿者已停用)' };
    case 'VOLUNTEER_ALREADY_INACTIVE':
      return { status: 409, title: 'The volunteer is already deactivated (志愿者已停用)' };
    case 'VOLUNTEER_ALREADY_ACTIVE':
      return { status: 409, title: 'The volunteer is active (志愿者未停用)' };
    default:
      return unknownCode(code);
  }
}

function unknownCode(code: never): ProblemType {
  return { status: 422, title: `Rule ${String(code)} violated` };
}

/** A stable problem type URI per rule code. */
export function problemTypeUri(code: string): string {
  return `urn:volunteer-ledger:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}
