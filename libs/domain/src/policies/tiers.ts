import { type TierProgress } from './determination.js';
import { type JsonCursor } from './json-cursor.js';
import {
  POLICY_ID,
  durationField,
  parseDurationMinutes,
  parseLocalizedText,
  requireUnique,
} from './policy-fields.js';
import { PolicyValidationError } from './policy-validation.error.js';
import { type PolicyTier } from './policy.types.js';

/** Tiers ascending by threshold, ids unique: "highest reached" and "next" then follow the array order. */
export function parseTiers(cursor: JsonCursor): PolicyTier[] {
  const items = cursor.array(1);
  const fields = items.map((item) => item.object(['id', 'title'], ['hours', 'minutes']));
  const tiers = fields.map((tier) => ({
    id: tier.get('id').string(POLICY_ID),
    title: parseLocalizedText(tier.get('title')),
    minutes: parseDurationMinutes(tier),
  }));
  requireUnique(
    items.map((item) => item.child('id')),
    tiers.map((tier) => tier.id),
    'tier id',
  );
  tiers.forEach((tier, index) => {
    const previous = tiers[index - 1];
    if (previous && tier.minutes <= previous.minutes) {
      const tierFields = fields[index];
      if (tierFields) durationField(tierFields).fail('must be above the previous tier');
    }
  });
  return tiers;
}

export interface TierDecision {
  readonly reached: PolicyTier | null;
  /** The bar `eligible` is decided against. */
  readonly goal: PolicyTier;
  readonly eligible: boolean;
  readonly missing: number;
  readonly next: TierProgress | null;
}

/** Where a measured figure stands against ascending tiers (or one requested tier). */
export function decideTiers(
  tiers: readonly PolicyTier[],
  measured: number,
  targetTier?: string,
): TierDecision {
  const first = tiers[0];
  if (!first) throw new Error('a parsed policy always has a tier');
  const reachedIndex = tiers.findLastIndex((tier) => measured >= tier.minutes);
  const reached = tiers[reachedIndex] ?? null;
  const goal = targetTier === undefined ? (reached ?? first) : findTier(tiers, targetTier);
  const next = tiers[reachedIndex + 1];
  return {
    reached,
    goal,
    eligible: measured >= goal.minutes,
    missing: Math.max(0, goal.minutes - measured),
    next: next ? { tier: next.id, threshold: next.minutes, missing: next.minutes - measured } : null,
  };
}

function findTier(tiers: readonly PolicyTier[], id: string): PolicyTier {
  const tier = tiers.find((candidate) => candidate.id === id);
  if (!tier) {
    throw new PolicyValidationError(
      'evaluation input',
      '$.targetTier',
      `no tier ${JSON.stringify(id)}; expected one of ${tiers.map((candidate) => candidate.id).join(', ')}`,
    );
  }
  return tier;
}
