import { requireId, toUtcIso, type DomainCommand } from '../../decider.js';
import { entryOf } from '../../shared/dictionary.js';
import { DomainError } from '../../shared/errors.js';
import { type EffectiveDate, requireEffectiveOn } from '../profile-guards.js';
import { type VolunteerSchoolChanged } from '../profile.events.js';
import { type SchoolConsentRevoked } from '../school-consent.events.js';
import { consentInForce } from '../school-consent.js';
import { requireRegistered } from '../session-guards.js';
import { type VolunteerState } from '../volunteer.state.js';
import { type ConsentedSchool } from './grant-school-consent.command.js';

export type ChangeSchool = DomainCommand<
  'ChangeSchool',
  EffectiveDate & {
    /** Null: the volunteer leaves school. */
    readonly schoolId: string | null;
    /** The organisation `schoolId` names, as its stream says it is; null when none has the id. */
    readonly school: ConsentedSchool | null;
  }
>;

/**
 * A move to another school, or out of school. The consent to the school left ends now: that school no longer
 * sees the student's credits (a consent to the new school is the student's own to give).
 */
export function decideChangeSchool(
  command: ChangeSchool,
  state: VolunteerState,
): (VolunteerSchoolChanged | SchoolConsentRevoked)[] {
  const volunteer = requireRegistered(state);
  const { schoolId, school, now } = command.data;
  if (schoolId !== null) {
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
  }
  const { volunteerId, schoolId: previousSchoolId } = volunteer.profile;
  if (schoolId === previousSchoolId) {
    throw new DomainError('PROFILE_UNCHANGED', `the school is already ${schoolId ?? 'none'}`, 'schoolId');
  }
  const effectiveOn = requireEffectiveOn(volunteer, 'school', command.data);
  const events: (VolunteerSchoolChanged | SchoolConsentRevoked)[] = [
    { type: 'VolunteerSchoolChanged', data: { volunteerId, schoolId, previousSchoolId, effectiveOn } },
  ];
  const nowMs = Date.parse(now);
  const consent = previousSchoolId === null ? undefined : entryOf(volunteer.consents, previousSchoolId);
  if (previousSchoolId !== null && consent && consentInForce(consent, nowMs)) {
    events.push({
      type: 'SchoolConsentRevoked',
      data: {
        consentId: consent.consentId,
        volunteerId,
        schoolId: previousSchoolId,
        revokedAt: toUtcIso(nowMs),
      },
    });
  }
  return events;
}
