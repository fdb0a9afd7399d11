import {
  requireCalendarDate,
  requireId,
  requireInstant,
  toUtcIso,
  type DomainCommand,
} from '../../decider.js';
import { type OrganizationKind } from '../../organization/organization.events.js';
import { DomainError } from '../../shared/errors.js';
import { type SchoolConsentGranted } from '../school-consent.events.js';
import { requireRegistered } from '../session-guards.js';
import { type VolunteerState } from '../volunteer.state.js';

/** The organisation a consent names, as its own stream says it is. */
export interface ConsentedSchool {
  readonly organizationId: string;
  readonly kind: OrganizationKind;
  readonly path: readonly string[];
}

export type GrantSchoolConsent = DomainCommand<
  'GrantSchoolConsent',
  {
    readonly consentId: string;
    readonly schoolId: string;
    /** Null when no organisation has the id. */
    readonly school: ConsentedSchool | null;
    /** ISO 8601 with offset; null for a consent until revoked. */
    readonly until: string | null;
    /** Whether the volunteer themself asks: only they (with a guardian, for a minor) grant a consent. */
    readonly byVolunteer: boolean;
    /** Under 18 today, from the birth date in the personal-data store. */
    readonly minor: boolean;
    /** YYYY-MM-DD: required for a minor. */
    readonly guardianConsentedOn: string | null;
    readonly now: string;
  }
>;

/** Lets a school see the volunteer's credits; a new grant to the same school supersedes the last one. */
export function decideGrantSchoolConsent(
  command: GrantSchoolConsent,
  state: VolunteerState,
): SchoolConsentGranted[] {
  const { consentId, schoolId, school, until, now } = command.data;
  const registered = requireRegistered(state);
  if (!command.data.byVolunteer) {
    throw new DomainError(
      'CONSENT_BY_VOLUNTEER_ONLY',
      'only the volunteer (with their guardian, for a minor) grants a school consent',
      'volunteerId',
    );
  }
  requireId(consentId, 'consentId');
  requireId(schoolId, 'schoolId');
  if (!school) {
    throw new DomainError(
      'SCHOOL_NOT_FOUND',
      `school ${schoolId} is not a registered organisation`,
      'schoolId',
    );
  }
  if (school.kind !== 'school') {
    throw new DomainError(
      'NOT_A_SCHOOL',
      `organisation ${schoolId} is a ${school.kind}, not a school`,
      'schoolId',
    );
  }
  const nowMs = requireInstant(now, 'now');
  let untilIso: string | null = null;
  if (until !== null) {
    const untilMs = requireInstant(until, 'until');
    if (untilMs <= nowMs) {
      throw new DomainError('CONSENT_UNTIL_IN_PAST', `until ${until} is not in the future`, 'until');
    }
    untilIso = toUtcIso(untilMs);
  }
  let guardianConsentedOn: string | undefined;
  if (command.data.minor) {
    if (command.data.guardianConsentedOn === null) {
      throw new DomainError(
        'GUARDIAN_CONSENT_REQUIRED',
        'a volunteer under 18 grants a school consent with their guardian’s consent',
        'guardianConsentedOn',
      );
    }
    guardianConsentedOn = requireCalendarDate(command.data.guardianConsentedOn, 'guardianConsentedOn');
  }
  return [
    {
      type: 'SchoolConsentGranted',
      data: {
        consentId,
        volunteerId: registered.profile.volunteerId,
        schoolId,
        schoolPath: [...school.path],
        grantedAt: toUtcIso(nowMs),
        until: untilIso,
        ...(guardianConsentedOn === undefined ? {} : { guardianConsentedOn }),
      },
    },
  ];
}
