import { parsePolicy } from '../policies/parse-policy.js';
import { PolicySet } from '../policies/policy-set.js';
import { type Actor } from '../shared/event.js';
import { type GrantAward } from '../volunteer/commands/grant-award.command.js';
import { type RevokeAward } from '../volunteer/commands/revoke-award.command.js';
import { type AwardGranted, type AwardRevoked } from '../volunteer/awards/award.events.js';
import { anActor, VOLUNTEER_ID } from './fixtures.js';

// A small policy set for the award specs: stars at 1 and 3 hours; a points bar that the 1-star honour's
// 50 points help to reach (2 points an hour).

const title = { zh: '测试', en: 'Test' };

export const awardPolicies = PolicySet.of([
  parsePolicy(
    {
      id: 'points',
      version: 1,
      effectiveFrom: '2000-01-01',
      title,
      kind: 'points',
      pointsPerHour: 2,
      honours: [{ policyId: 'stars', tier: '1-star', points: 50 }],
    },
    'test',
  ),
  parsePolicy(
    {
      id: 'stars',
      version: 1,
      effectiveFrom: '2000-01-01',
      title,
      kind: 'hours-tiers',
      window: { type: 'all-time' },
      tiers: [
        { id: '1-star', title, hours: 1 },
        { id: '2-star', title, hours: 3 },
      ],
    },
    'test',
  ),
  parsePolicy(
    {
      id: 'league',
      version: 1,
      effectiveFrom: '2000-01-01',
      title,
      kind: 'all-of',
      tier: { id: 'qualified', title },
      headline: 'points',
      conditions: [{ name: 'points', type: 'points', pointsPolicyId: 'points', minimum: 52 }],
    },
    'test',
  ),
]);

export const districtAdmin = anActor('hetang', ['admin']);
export const GRANTED_AT = '2024-08-01T02:00:00.000Z';

/** The birth date the personal-data store would give for the fixture volunteer. */
export const AWARD_BIRTH_DATE = '2004-03-15';

export function grantAward(
  awardId: string,
  policyId: string,
  tier: string,
  {
    actor = districtAdmin,
    note = '2024 年度表彰',
    now = GRANTED_AT,
  }: { actor?: Actor; note?: string; now?: string } = {},
): GrantAward {
  return {
    type: 'GrantAward',
    data: {
      awardId,
      policyId,
      tier,
      note,
      actor,
      birthDate: AWARD_BIRTH_DATE,
      now,
      policies: awardPolicies,
      timeZone: 'Asia/Shanghai',
    },
  };
}

export function revokeAward(awardId: string, reason: string, actor = districtAdmin): RevokeAward {
  return { type: 'RevokeAward', data: { awardId, reason, actor } };
}

export function awardGranted(awardId: string, overrides: Partial<AwardGranted['data']> = {}): AwardGranted {
  return {
    type: 'AwardGranted',
    data: {
      awardId,
      volunteerId: VOLUNTEER_ID,
      policyId: 'stars',
      version: 1,
      tier: '1-star',
      unit: 'minutes',
      measured: 120,
      threshold: 60,
      evidence: ['s-1'],
      note: '2024 年度表彰',
      grantedAt: GRANTED_AT,
      ...overrides,
    },
  };
}

export function awardRevoked(
  awardId: string,
  reason: string,
  policyId = 'stars',
  tier = '1-star',
): AwardRevoked {
  return { type: 'AwardRevoked', data: { awardId, volunteerId: VOLUNTEER_ID, policyId, tier, reason } };
}
