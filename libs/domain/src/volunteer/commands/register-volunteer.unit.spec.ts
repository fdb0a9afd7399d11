import { deciderSpecification } from '../../testing/decider-specification.js';
import { PATHS, registered } from '../../testing/fixtures.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type VolunteerRegistered } from '../volunteer.events.js';
import { type RegisterVolunteer } from './register-volunteer.command.js';

const spec = deciderSpecification(volunteerDecider);
// Midnight of 1 June 2024 in Shanghai.
const JUNE_FIRST_SHANGHAI = '2024-05-31T16:00:00.000Z';

function register(overrides: Partial<RegisterVolunteer['data']> = {}): RegisterVolunteer {
  return {
    type: 'RegisterVolunteer',
    data: {
      volunteerId: 'v-1',
      name: '李华',
      birthDate: '2004-03-15',
      organization: { organizationId: 'lotus', path: PATHS.lotus },
      schoolId: null,
      leagueStatus: 'member',
      now: JUNE_FIRST_SHANGHAI,
      ...overrides,
    },
  };
}

const registeredWith = (data: Partial<VolunteerRegistered['data']>): VolunteerRegistered => {
  const event = registered();
  return { ...event, data: { ...event.data, ...data } };
};

const CONSENT = { consentedOn: '2024-05-20' };

describe('volunteer registration', () => {
  it('puts no personal data in the event: no name, no birth date', () => {
    const [event] = volunteerDecider.decide(register(), volunteerDecider.initialState);
    expect(Object.keys(event?.data ?? {}).sort()).toEqual(
      [
        'leagueStatus',
        'minorAtRegistration',
        'organizationId',
        'organizationPath',
        'schoolId',
        'volunteerId',
      ].sort(),
    );
    expect(JSON.stringify(event)).not.toMatch(/李华|2004-03-15/);
  });

  describe('中国注册志愿者管理办法 (2013), 14 to 17 with a legal guardian’s consent', () => {
    it('refuses a minor without a guardian’s consent', () => {
      spec
        .given([])
        .when(register({ birthDate: '2008-06-02' }))
        .thenThrows('GUARDIAN_CONSENT_REQUIRED', 'guardian');
    });

    it('registers a minor with a consent and marks the registration as a minor’s', () => {
      spec
        .given([])
        .when(register({ birthDate: '2008-06-02', guardian: CONSENT }))
        .then([registeredWith({ minorAtRegistration: true })]);
    });

    it('needs no guardian from the 18th birthday, counted in Shanghai', () => {
      spec
        .given([])
        .when(register({ birthDate: '2006-06-01' }))
        .then([registered()]);
    });

    it('refuses a consent dated after the registration, or not a date', () => {
      spec
        .given([])
        .when(register({ birthDate: '2008-06-02', guardian: { consentedOn: '2024-06-02' } }))
        .thenThrows('VALIDATION_FAILED', 'guardian.consentedOn');
      spec
        .given([])
        .when(register({ birthDate: '2008-06-02', guardian: { consentedOn: '2024-02-30' } }))
        .thenThrows('VALIDATION_FAILED', 'guardian.consentedOn');
    });
  });

  it('registers a volunteer under their organisation', () => {
    spec.given([]).when(register()).then([registered()]);
  });

  it('keeps the school and trims the name', () => {
    spec
      .given([])
      .when(register({ schoolId: 'zz-no1-middle', name: '  李华 ', leagueStatus: 'applicant' }))
      .then([registeredWith({ schoolId: 'zz-no1-middle', leagueStatus: 'applicant' })]);
  });

  it('refuses to register the same volunteer twice', () => {
    spec.given([registered()]).when(register()).thenThrows('VOLUNTEER_ALREADY_EXISTS', 'volunteerId');
  });

  describe('age 14 to 35, on the Shanghai calendar', () => {
    it('中国注册志愿者管理办法 (2013), registration from 14: accepts a volunteer on their 14th birthday and refuses one a day younger', () => {
      spec
        .given([])
        .when(register({ birthDate: '2010-06-01', guardian: CONSENT }))
        .then([registeredWith({ minorAtRegistration: true })]);
      spec
        .given([])
        .when(register({ birthDate: '2010-06-02' }))
        .thenThrows('VOLUNTEER_AGE_OUT_OF_RANGE', 'birthDate');
    });

    it('中长期青年发展规划 (2017), youth is 14 to 35: accepts a volunteer the day before their 36th birthday and refuses one on it', () => {
      spec
        .given([])
        .when(register({ birthDate: '1988-06-02' }))
        .then([registered()]);
      spec
        .given([])
        .when(register({ birthDate: '1988-06-01' }))
        .thenThrows('VOLUNTEER_AGE_OUT_OF_RANGE', 'birthDate');
    });

    it('counts the birthday from midnight in Shanghai, not in UTC', () => {
      spec
        .given([])
        .when(register({ birthDate: '2010-06-01', now: '2024-05-31T15:59:59.999Z' }))
        .thenThrows('VOLUNTEER_AGE_OUT_OF_RANGE', 'birthDate');
      spec
        .given([])
        .when(register({ birthDate: '2010-06-01', now: '2024-06-01T00:00:00+08:00', guardian: CONSENT }))
        .then([registeredWith({ minorAtRegistration: true })]);
    });

    it('product choice, LEDGER_TIMEZONE: follows a deployment time zone when given one', () => {
      spec
        .given([])
        .when(register({ birthDate: '2010-06-01', timeZone: 'UTC' }))
        .thenThrows('VOLUNTEER_AGE_OUT_OF_RANGE', 'birthDate');
    });
  });

  it.each(['2010-02-30', '2010-6-1', '01/06/2010', ''])('refuses the birth date "%s"', (birthDate) => {
    spec.given([]).when(register({ birthDate })).thenThrows('VALIDATION_FAILED', 'birthDate');
  });

  it('refuses an unknown league status, an empty name and a malformed school id', () => {
    spec
      .given([])
      .when(register({ leagueStatus: 'cadre' as 'member' }))
      .thenThrows('VALIDATION_FAILED', 'leagueStatus');
    spec
      .given([])
      .when(register({ name: ' ' }))
      .thenThrows('VALIDATION_FAILED', 'name');
    spec
      .given([])
      .when(register({ schoolId: 'no spaces' }))
      .thenThrows('VALIDATION_FAILED', 'schoolId');
  });
});
