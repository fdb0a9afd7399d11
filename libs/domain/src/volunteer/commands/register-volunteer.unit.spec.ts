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

describe('volunteer registration', () => {
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
        .when(register({ birthDate: '2010-06-01' }))
        .then([registeredWith({ birthDate: '2010-06-01' })]);
      spec
        .given([])
        .when(register({ birthDate: '2010-06-02' }))
        .thenThrows('VOLUNTEER_AGE_OUT_OF_RANGE', 'birthDate');
    });

    it('中长期青年发展规划 (2017), youth is 14 to 35: accepts a volunteer the day before their 36th birthday and refuses one on it', () => {
      spec
        .given([])
        .when(register({ birthDate: '1988-06-02' }))
        .then([registeredWith({ birthDate: '1988-06-02' })]);
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
        .when(register({ birthDate: '2010-06-01', now: '2024-06-01T00:00:00+08:00' }))
        .then([registeredWith({ birthDate: '2010-06-01' })]);
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
