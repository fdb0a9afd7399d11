import { type JsonObject } from './json-cursor.js';
import { POLICY_ID, requireUnique } from './policy-fields.js';
import { type HonourPoints, type PointsPolicy, type PolicyHeader } from './policy.types.js';

export const POINTS_FIELDS = { required: ['pointsPerHour'], optional: ['honours'] } as const;

export function parsePointsPolicy(header: PolicyHeader, fields: JsonObject): PointsPolicy {
  const items = fields.optional('honours')?.array() ?? [];
  const honours: HonourPoints[] = items.map((item) => {
    const honour = item.object(['policyId', 'tier', 'points']);
    return {
      policyId: honour.get('policyId').string(POLICY_ID),
      tier: honour.get('tier').string(POLICY_ID),
      points: honour.get('points').hundredths(false),
    };
  });
  requireUnique(
    items.map((item) => item.child('tier')),
    honours.map((honour) => `${honour.policyId}/${honour.tier}`),
    'honour',
  );
  return { ...header, kind: 'points', pointsPerHour: fields.get('pointsPerHour').hundredths(false), honours };
}
