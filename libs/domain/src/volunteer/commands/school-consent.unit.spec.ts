import { deciderSpecification } from '../../testing/decider-specification.js';
import { PATHS, VOLUNTEER_ID, registered } from '../../testing/fixtures.js';
import { consentInForce } from '../school-consent.js';
import { type SchoolConsentGranted, type SchoolConsentRevoked } from '../school-consent.events.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { evolveAll } from '../../decider.js';
import { type ConsentedSchool, type GrantSchoolConsent } from './grant-school-consent.command.js';
import { type RevokeSchoolConsent } from './revoke-school-consent.command.js';

const spec = deciderSpecification(volunteerDecider);
const NOW = '2024-09-01T08:00:00.000Z';
const school: ConsentedSchool = {
  organizationId: 'no2-middle',
  kind: 'school',
  path: [...PATHS.hetang, 'no2-middle'],
};

const grant = (overrides: Partial<GrantSchoolConsent['data']> = {}): GrantSchoolConsent => ({
  type: 'GrantSchoolConsent',
  data: {
    consentId: 'c-1',
    schoolId: 'no2-middle',
    school,
    until: null,
    byVolunteer: true,
    minor: false,
    guardianConsentedOn: null,
    now: NOW,
    ...overrides,
  },
});
const revoke = (now = NOW, schoolId = 'no2-middle'): RevokeSchoolConsent => ({
  type: 'RevokeSchoolConsent',
  data: { schoolId, now },
});
const granted = (until: string | null = null, consentId = 'c-1'): SchoolConsentGranted => ({
  type: 'SchoolConsentGranted',
  data: {
    consentId,
    volunteerId: VOLUNTEER_ID,
    schoolId: 'no2-middle',
    schoolPath: [...school.path],
    grantedAt: NOW,
    until,
  },
});
const revoked = (revokedAt = NOW, consentId = 'c-1'): SchoolConsentRevoked => ({
  type: 'SchoolConsentRevoked',
  data: { consentId, volunteerId: VOLUNTEER_ID, schoolId: 'no2-middle', revokedAt },
});

describe('school consent', () => {
  describe('中国注册志愿者管理办法 (2013): only the volunteer, with a guardian for a minor', () => {
    it('refuses a consent asked by anyone but the volunteer, an administrator included', () => {
      spec
        .given([registered()])
        .when(grant({ byVolunteer: false }))
        .thenThrows('CONSENT_BY_VOLUNTEER_ONLY', 'volunteerId');
    });

    it('refuses a minor’s consent without the guardian’s, and records the guardian’s date with it', () => {
      spec
        .given([registered()])
        .when(grant({ minor: true }))
        .thenThrows('GUARDIAN_CONSENT_REQUIRED', 'guardianConsentedOn');
      spec
        .given([registered()])
        .when(grant({ minor: true, guardianConsentedOn: '2024-08-30' }))
        .then([{ ...granted(), data: { ...granted().data, guardianConsentedOn: '2024-08-30' } }]);
    });
  });

  it('grants a school consent until revoked, or until a later instant in UTC', () => {
    spec.given([registered()]).when(grant()).then([granted()]);
    spec
      .given([registered()])
      .when(grant({ until: '2025-07-01T00:00:00+08:00' }))
      .then([granted('2025-06-30T16:00:00.000Z')]);
  });

  it('refuses an unknown school, and an organisation that is not a school', () => {
    spec
      .given([registered()])
      .when(grant({ school: null }))
      .thenThrows('SCHOOL_NOT_FOUND', 'schoolId');
    spec
      .given([registered()])
      .when(grant({ school: { ...school, kind: 'community' } }))
      .thenThrows('NOT_A_SCHOOL', 'schoolId');
  });

  it('refuses an until that is not in the future, or not an instant', () => {
    spec
      .given([registered()])
      .when(grant({ until: '2024-09-01T07:59:00Z' }))
      .thenThrows('CONSENT_UNTIL_IN_PAST', 'until');
    spec
      .given([registered()])
      .when(grant({ until: NOW }))
      .thenThrows('CONSENT_UNTIL_IN_PAST', 'until');
    spec
      .given([registered()])
      .when(grant({ until: 'next summer' }))
      .thenThrows('VALIDATION_FAILED', 'until');
  });

  it('refuses a consent for a volunteer who is not registered', () => {
    spec.given([]).when(grant()).thenThrows('VOLUNTEER_NOT_FOUND');
  });

  it('lets a new grant supersede the last one, so the latest is the one revoked', () => {
    spec
      .given([registered(), granted(null, 'c-1'), granted(null, 'c-2')])
      .when(revoke())
      .then([revoked(NOW, 'c-2')]);
  });

  it('revokes the consent in force', () => {
    spec
      .given([registered(), granted()])
      .when(revoke('2024-10-01T00:00:00Z'))
      .then([revoked('2024-10-01T00:00:00.000Z')]);
  });

  it('refuses to revoke a consent never given, already revoked, or expired', () => {
    spec.given([registered()]).when(revoke()).thenThrows('CONSENT_NOT_IN_FORCE', 'schoolId');
    spec.given([registered(), granted(), revoked()]).when(revoke()).thenThrows('CONSENT_NOT_IN_FORCE');
    spec
      .given([registered(), granted('2024-09-30T00:00:00.000Z')])
      .when(revoke('2024-09-30T00:00:00Z'))
      .thenThrows('CONSENT_NOT_IN_FORCE');
  });

  it('keeps a consent in force until its until, not at it, and never after a revocation', () => {
    const state = evolveAll(volunteerDecider, [registered(), granted('2024-09-30T00:00:00.000Z')]);
    if (state.status !== 'Registered') throw new Error('expected a registered volunteer');
    const consent = state.consents['no2-middle'];
    expect(consentInForce(consent, '2024-09-29T23:59:59Z')).toBe(true);
    expect(consentInForce(consent, '2024-09-30T00:00:00Z')).toBe(false);
    const withdrawn = evolveAll(volunteerDecider, [registered(), granted(), revoked()]);
    if (withdrawn.status !== 'Registered') throw new Error('expected a registered volunteer');
    expect(consentInForce(withdrawn.consents['no2-middle'], NOW)).toBe(false);
    expect(consentInForce(undefined, NOW)).toBe(false);
  });

  it('ignores a revocation of a superseded consent', () => {
    const state = evolveAll(volunteerDecider, [
      registered(),
      granted(null, 'c-1'),
      granted(null, 'c-2'),
      revoked(NOW, 'c-1'),
    ]);
    if (state.status !== 'Registered') throw new Error('expected a registered volunteer');
    expect(state.consents['no2-middle']).toMatchObject({ consentId: 'c-2', revokedAt: null });
  });
});
