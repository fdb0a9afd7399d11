import { DomainError } from '../../shared/errors.js';
import { awardGranted, awardRevoked, grantAward } from '../../testing/award-fixtures.js';
import { deciderSpecification } from '../../testing/decider-specification.js';
import { VOLUNTEER_ID, anActivity, anActor, manualRecorded, registered } from '../../testing/fixtures.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type VolunteerStreamEvent } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
const activity = anActivity();
/** 120 confirmed minutes from a paper sheet on 1 July 2024: 1-star (60) reached, 2-star (180) not. */
const served: VolunteerStreamEvent[] = [
  registered(),
  manualRecorded('s-1', activity, '2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z', 120),
  {
    type: 'SessionConfirmed',
    data: {
      sessionId: 's-1',
      volunteerId: VOLUNTEER_ID,
      minutes: 120,
      measuredMinutes: 120,
      automatic: false,
    },
  },
];

function refusal(
  events: readonly VolunteerStreamEvent[],
  command: ReturnType<typeof grantAward>,
): DomainError {
  try {
    volunteerDecider.decide(command, events.reduce(volunteerDecider.evolve, volunteerDecider.initialState));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('granting an award', () => {
  it('grants a tier the confirmed hours reach, recording the version, figure, bar and evidence', () => {
    spec
      .given(served)
      .when(grantAward('a-1', 'stars', '1-star', { note: ' 2024 年度表彰 ' }))
      .then([awardGranted('a-1')]);
  });

  it('志愿服务记录办法 (2012), star ratings by recorded hours: refuses a tier the hours do not reach and says what is missing', () => {
    spec
      .given(served)
      .when(grantAward('a-1', 'stars', '2-star'))
      .thenThrows('NOT_ELIGIBLE', 'tier');
    expect(refusal(served, grantAward('a-1', 'stars', '2-star')).message).toContain(
      '120 of 180 minutes, 60 minutes missing',
    );
  });

  it('志愿服务记录与证明出具办法 (2020), true and accurate records: counts neither revoked nor pending hours', () => {
    const revoked: VolunteerStreamEvent = {
      type: 'SessionRevoked',
      data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'forged', revokedMinutes: 120 },
    };
    spec
      .given([...served, revoked])
      .when(grantAward('a-1', 'stars', '1-star'))
      .thenThrows('NOT_ELIGIBLE');
    spec
      .given(served.slice(0, 2))
      .when(grantAward('a-1', 'stars', '1-star'))
      .thenThrows('NOT_ELIGIBLE');
  });

  it('refuses a second grant of the same policy and tier, but grants again after a revocation', () => {
    spec
      .given([...served, awardGranted('a-1')])
      .when(grantAward('a-2', 'stars', '1-star'))
      .thenThrows('AWARD_ALREADY_GRANTED', 'tier');
    spec
      .given([...served, awardGranted('a-1'), awardRevoked('a-1', 'granted in error')])
      .when(grantAward('a-2', 'stars', '1-star'))
      .then([awardGranted('a-2')]);
  });

  it('refuses an award id already used', () => {
    spec
      .given([...served, awardGranted('a-1'), awardRevoked('a-1', 'granted in error')])
      .when(grantAward('a-1', 'stars', '1-star'))
      .thenThrows('AWARD_ALREADY_EXISTS', 'awardId');
    spec
      .given(served)
      .when(grantAward('bad id', 'stars', '1-star'))
      .thenThrows('VALIDATION_FAILED', 'awardId');
  });

  it('refuses a policy that is not in force and a tier the policy does not have', () => {
    spec
      .given(served)
      .when(grantAward('a-1', 'nope', '1-star'))
      .thenThrows('POLICY_NOT_FOUND');
    spec
      .given(served)
      .when(grantAward('a-1', 'points', '1-star'))
      .thenThrows('POLICY_NOT_FOUND');
    spec
      .given(served)
      .when(grantAward('a-1', 'stars', '9-star'))
      .thenThrows('TIER_NOT_FOUND', 'tier');
  });

  it('counts the points of honours already held towards a points bar', () => {
    // 120 minutes are 4 points; the 52-point bar is reached only with the 1-star honour's 50.
    spec
      .given(served)
      .when(grantAward('a-2', 'league', 'qualified'))
      .thenThrows('NOT_ELIGIBLE');
    spec
      .given([...served, awardGranted('a-1')])
      .when(grantAward('a-2', 'league', 'qualified'))
      .then([
        awardGranted('a-2', {
          policyId: 'league',
          tier: 'qualified',
          unit: 'points',
          measured: 54,
          threshold: 52,
        }),
      ]);
  });

  it('product access model, a role covers its subtree: lets an admin of the volunteer’s line or the system root grant, and no one else', () => {
    spec
      .given(served)
      .when(grantAward('a-1', 'stars', '1-star', { actor: anActor('*', ['admin']) }))
      .then([awardGranted('a-1')]);
    spec
      .given(served)
      .when(grantAward('a-1', 'stars', '1-star', { actor: anActor('tianyuan', ['admin']) }))
      .thenThrows('NOT_IN_SCOPE');
    spec
      .given(served)
      .when(grantAward('a-1', 'stars', '1-star', { actor: anActor('lotus', ['organizer']) }))
      .thenThrows('NOT_IN_SCOPE');
  });

  it('refuses an unregistered volunteer and an overlong note', () => {
    spec
      .given([])
      .when(grantAward('a-1', 'stars', '1-star'))
      .thenThrows('VOLUNTEER_NOT_FOUND');
    spec
      .given(served)
      .when(grantAward('a-1', 'stars', '1-star', { note: 'x'.repeat(501) }))
      .thenThrows('VALIDATION_FAILED', 'note');
  });
});
