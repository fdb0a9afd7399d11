import { evolveAll } from '../../decider.js';
import { deciderSpecification } from '../../testing/decider-specification.js';
import { anActivity, checkedIn, PATHS, registered, VOLUNTEER_ID } from '../../testing/fixtures.js';
import { checkIn, recordManualSession } from '../../testing/volunteer-commands.js';
import {
  type VolunteerDeactivated,
  type VolunteerLeagueStatusChanged,
  type VolunteerReactivated,
  type VolunteerSchoolChanged,
  type VolunteerTransferred,
} from '../profile.events.js';
import { type SchoolConsentGranted } from '../school-consent.events.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type VolunteerRegistered } from '../volunteer.events.js';
import { isActive, type RegisteredVolunteer } from '../volunteer.state.js';
import { type ChangeLeagueStatus } from './change-league-status.command.js';
import { type ChangeSchool } from './change-school.command.js';
import { type DeactivateVolunteer, type ReactivateVolunteer } from './deactivate-volunteer.command.js';
import { type TransferVolunteer } from './transfer-volunteer.command.js';

const spec = deciderSpecification(volunteerDecider);
/** 10:00 in Shanghai on 2 July 2024: "today" is 2024-07-02 there, still 1 July in UTC until 16:00 UTC. */
const NOW = '2024-07-02T02:00:00.000Z';
const timeZone = 'Asia/Shanghai';

const applicant = (): VolunteerRegistered => {
  const event = registered();
  return { ...event, data: { ...event.data, leagueStatus: 'applicant', schoolId: 'no2' } };
};
const changeLeague = (
  leagueStatus: ChangeLeagueStatus['data']['leagueStatus'],
  effectiveOn?: string,
): ChangeLeagueStatus => ({
  type: 'ChangeLeagueStatus',
  data: { leagueStatus, now: NOW, timeZone, ...(effectiveOn === undefined ? {} : { effectiveOn }) },
});
const admitted = (effectiveOn = '2024-06-20'): VolunteerLeagueStatusChanged => ({
  type: 'VolunteerLeagueStatusChanged',
  data: { volunteerId: VOLUNTEER_ID, leagueStatus: 'member', previousLeagueStatus: 'applicant', effectiveOn },
});
const school = (id: string, kind: 'school' | 'community' = 'school') => ({
  organizationId: id,
  kind,
  path: [...PATHS.hetang, id],
});
const changeSchool = (schoolId: string | null, effectiveOn = '2024-07-01'): ChangeSchool => ({
  type: 'ChangeSchool',
  data: { schoolId, school: schoolId === null ? null : school(schoolId), effectiveOn, now: NOW, timeZone },
});
const consentTo = (schoolId: string, until: string | null = null): SchoolConsentGranted => ({
  type: 'SchoolConsentGranted',
  data: {
    consentId: `c-${schoolId}`,
    volunteerId: VOLUNTEER_ID,
    schoolId,
    schoolPath: [...PATHS.hetang, schoolId],
    grantedAt: '2024-03-01T00:00:00.000Z',
    until,
  },
});
const transfer = (
  organizationId: string,
  path: readonly string[],
  effectiveOn = '2024-07-01',
): TransferVolunteer => ({
  type: 'TransferVolunteer',
  data: { organization: { organizationId, path }, effectiveOn, now: NOW, timeZone },
});
const deactivate = (reason = '迁居外地', effectiveOn = '2024-07-01'): DeactivateVolunteer => ({
  type: 'DeactivateVolunteer',
  data: { reason, effectiveOn, now: NOW, timeZone },
});
const reactivate = (reason = '返回株洲', effectiveOn = '2024-07-02'): ReactivateVolunteer => ({
  type: 'ReactivateVolunteer',
  data: { reason, effectiveOn, now: NOW, timeZone },
});
const deactivated = (effectiveOn = '2024-07-01'): VolunteerDeactivated => ({
  type: 'VolunteerDeactivated',
  data: { volunteerId: VOLUNTEER_ID, reason: '迁居外地', effectiveOn },
});
const reactivated = (effectiveOn = '2024-07-02'): VolunteerReactivated => ({
  type: 'VolunteerReactivated',
  data: { volunteerId: VOLUNTEER_ID, reason: '返回株洲', effectiveOn },
});
const stateAfter = (...events: Parameters<typeof evolveAll>[1]): RegisteredVolunteer => {
  const state = evolveAll(volunteerDecider, events as never);
  if (state.status !== 'Registered') throw new Error('not registered');
  return state;
};

describe('league status changes', () => {
  it('admits an applicant as a member from the date given', () => {
    spec.given([applicant()]).when(changeLeague('member', '2024-06-20')).then([admitted()]);
  });

  it('takes today in the programme’s zone when no date is given', () => {
    spec
      .given([applicant()])
      .when(changeLeague('member'))
      .then([admitted('2024-07-02')]);
  });

  it('refuses a date after today, where today is the Shanghai day', () => {
    spec
      .given([applicant()])
      .when(changeLeague('member', '2024-07-03'))
      .thenThrows('PROFILE_CHANGE_IN_FUTURE', 'effectiveOn');
  });

  it('refuses a status the volunteer already has', () => {
    spec.given([applicant()]).when(changeLeague('applicant')).thenThrows('PROFILE_UNCHANGED', 'leagueStatus');
  });

  it('refuses to make a member an applicant again, but lets a member leave the League', () => {
    spec
      .given([applicant(), admitted()])
      .when(changeLeague('applicant'))
      .thenThrows('LEAGUE_STATUS_TRANSITION_INVALID', 'leagueStatus');
    spec
      .given([applicant(), admitted()])
      .when(changeLeague('none', '2024-07-01'))
      .then([
        {
          type: 'VolunteerLeagueStatusChanged',
          data: {
            volunteerId: VOLUNTEER_ID,
            leagueStatus: 'none',
            previousLeagueStatus: 'member',
            effectiveOn: '2024-07-01',
          },
        },
      ]);
  });

  it('refuses a change that would take effect before the last one of its kind', () => {
    spec
      .given([applicant(), admitted('2024-06-20')])
      .when(changeLeague('none', '2024-06-19'))
      .thenThrows('PROFILE_CHANGE_OUT_OF_ORDER', 'effectiveOn');
  });

  it('refuses a malformed status or date', () => {
    spec
      .given([applicant()])
      .when(changeLeague('leader' as never))
      .thenThrows('VALIDATION_FAILED', 'leagueStatus');
    spec
      .given([applicant()])
      .when(changeLeague('member', '2024-02-30'))
      .thenThrows('VALIDATION_FAILED', 'effectiveOn');
  });

  it('refuses an unknown volunteer', () => {
    spec.given([]).when(changeLeague('member')).thenThrows('VOLUNTEER_NOT_FOUND');
  });

  it('folds into the profile', () => {
    expect(stateAfter(applicant(), admitted()).profile.leagueStatus).toBe('member');
  });
});

describe('school changes', () => {
  it('moves the student to another school and ends the consent to the school left', () => {
    spec
      .given([applicant(), consentTo('no2'), consentTo('no8')])
      .when(changeSchool('no8'))
      .then([
        {
          type: 'VolunteerSchoolChanged',
          data: {
            volunteerId: VOLUNTEER_ID,
            schoolId: 'no8',
            previousSchoolId: 'no2',
            effectiveOn: '2024-07-01',
          },
        },
        {
          type: 'SchoolConsentRevoked',
          data: { consentId: 'c-no2', volunteerId: VOLUNTEER_ID, schoolId: 'no2', revokedAt: NOW },
        },
      ]);
  });

  it('ends no consent when none to the old school is in force', () => {
    spec
      .given([applicant(), consentTo('no2', '2024-07-01T00:00:00.000Z')])
      .when(changeSchool(null))
      .then([
        {
          type: 'VolunteerSchoolChanged',
          data: {
            volunteerId: VOLUNTEER_ID,
            schoolId: null,
            previousSchoolId: 'no2',
            effectiveOn: '2024-07-01',
          },
        },
      ]);
  });

  it('refuses an unknown school, an organisation that is not a school, and the same school', () => {
    spec
      .given([applicant()])
      .when({ ...changeSchool('no9'), data: { ...changeSchool('no9').data, school: null } })
      .thenThrows('SCHOOL_NOT_FOUND', 'schoolId');
    spec
      .given([applicant()])
      .when({
        ...changeSchool('lotus'),
        data: { ...changeSchool('lotus').data, school: school('lotus', 'community') },
      })
      .thenThrows('NOT_A_SCHOOL', 'schoolId');
    spec.given([applicant()]).when(changeSchool('no2')).thenThrows('PROFILE_UNCHANGED', 'schoolId');
  });

  it('folds the new school and the ended consent', () => {
    const [changed, revoked] = volunteerDecider.decide(
      changeSchool('no8'),
      stateAfter(applicant(), consentTo('no2')),
    );
    const state = stateAfter(
      applicant(),
      consentTo('no2'),
      changed as VolunteerSchoolChanged,
      revoked as never,
    );
    expect(state.profile.schoolId).toBe('no8');
    expect(state.consents['no2']?.revokedAt).toBe(NOW);
  });
});

describe('transfers', () => {
  const tianyuanTeam = [...PATHS.tianyuan, 'ty-team'];

  it('moves the volunteer to the new organisation with its path, keeping the old one in the event', () => {
    const expected: VolunteerTransferred = {
      type: 'VolunteerTransferred',
      data: {
        volunteerId: VOLUNTEER_ID,
        organizationId: 'ty-team',
        organizationPath: tianyuanTeam,
        previousOrganizationId: 'lotus',
        previousOrganizationPath: [...PATHS.lotus],
        effectiveOn: '2024-07-01',
      },
    };
    spec.given([applicant()]).when(transfer('ty-team', tianyuanTeam)).then([expected]);
    const state = stateAfter(applicant(), expected);
    expect(state.profile.organizationPath).toEqual(tianyuanTeam);
  });

  it('refuses a transfer to the organisation the volunteer belongs to', () => {
    spec
      .given([applicant()])
      .when(transfer('lotus', PATHS.lotus))
      .thenThrows('PROFILE_UNCHANGED', 'organizationId');
  });
});

describe('deactivation', () => {
  const activity = anActivity();
  const checkInAt = '2024-07-01T01:30:00.000Z';

  it('deactivates with a reason and refuses new sessions after it, history kept', () => {
    spec.given([applicant()]).when(deactivate()).then([deactivated()]);
    spec
      .given([applicant(), deactivated()])
      .when(checkIn('s-1', checkInAt, NOW, activity))
      .thenThrows('VOLUNTEER_INACTIVE', 'volunteerId');
    spec
      .given([applicant(), deactivated()])
      .when(recordManualSession('s-2', ['2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z'], 120, NOW))
      .thenThrows('VOLUNTEER_INACTIVE', 'volunteerId');
    expect(isActive(stateAfter(applicant(), deactivated()))).toBe(false);
  });

  it('needs a reason, refuses a second deactivation and one while a session is open', () => {
    spec.given([applicant()]).when(deactivate('  ')).thenThrows('REASON_REQUIRED', 'reason');
    spec.given([applicant(), deactivated()]).when(deactivate()).thenThrows('VOLUNTEER_ALREADY_INACTIVE');
    spec
      .given([applicant(), checkedIn('s-1', activity, checkInAt)])
      .when(deactivate())
      .thenThrows('SESSION_ALREADY_OPEN');
  });

  it('reactivates, after which check-ins are accepted again', () => {
    spec.given([applicant()]).when(reactivate()).thenThrows('VOLUNTEER_ALREADY_ACTIVE');
    spec.given([applicant(), deactivated()]).when(reactivate()).then([reactivated()]);
    spec
      .given([applicant(), deactivated()])
      .when(reactivate('返回', '2024-06-30'))
      .thenThrows('PROFILE_CHANGE_OUT_OF_ORDER', 'effectiveOn');
    const events = volunteerDecider.decide(
      checkIn('s-1', checkInAt, '2024-07-01T02:00:00.000Z', activity),
      stateAfter(applicant(), deactivated(), reactivated()),
    );
    expect(events.map((event) => event.type)).toEqual(['VolunteerCheckedIn']);
  });
});
