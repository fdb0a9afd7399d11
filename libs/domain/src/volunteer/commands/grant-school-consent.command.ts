import { requireId, requireInstant, toUtcIso, type DomainCommand } from '../../decider.js';
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
      },
    },
  ];
}
