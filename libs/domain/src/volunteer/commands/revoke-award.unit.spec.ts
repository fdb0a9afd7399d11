import { awardGranted, awardRevoked, revokeAward } from '../../testing/award-fixtures.js';
import { deciderSpecification } from '../../testing/decider-specification.js';
import { anActor, registered } from '../../testing/fixtures.js';
import { volunteerDecider } from '../volunteer.decider.js';

const spec = deciderSpecification(volunteerDecider);
const granted = [registered(), awardGranted('a-1')];

describe('revoking an award', () => {
  it('revokes a granted award with its reason, trimmed', () => {
    spec
      .given(granted)
      .when(revokeAward('a-1', ' 服务时长被撤销 '))
      .then([awardRevoked('a-1', '服务时长被撤销')]);
  });

  it('refuses an unknown award and one already revoked', () => {
    spec.given(granted).when(revokeAward('a-9', 'no such award')).thenThrows('AWARD_NOT_FOUND', 'awardId');
    spec
      .given([...granted, awardRevoked('a-1', 'first')])
      .when(revokeAward('a-1', 'again'))
      .thenThrows('AWARD_ALREADY_REVOKED', 'awardId');
  });

  it('requires a reason', () => {
    spec.given(granted).when(revokeAward('a-1', '  ')).thenThrows('REASON_REQUIRED', 'reason');
  });

  it('product access model, a role covers its subtree: refuses an admin outside the volunteer’s line and an auditor', () => {
    spec
      .given(granted)
      .when(revokeAward('a-1', 'x', anActor('tianyuan', ['admin'])))
      .thenThrows('NOT_IN_SCOPE');
    spec
      .given(granted)
      .when(revokeAward('a-1', 'x', anActor('hetang', ['auditor'])))
      .thenThrows('NOT_IN_SCOPE');
  });

  it('refuses on an unregistered stream', () => {
    spec.given([]).when(revokeAward('a-1', 'x')).thenThrows('VOLUNTEER_NOT_FOUND');
  });
});
