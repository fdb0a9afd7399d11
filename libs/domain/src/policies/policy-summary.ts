import { assertUnreachable } from '../shared/errors.js';
import { type MeasureUnit } from './determination.js';
import {
  type AllOfPolicy,
  type LocalizedText,
  type Policy,
  type PolicySource,
  type ServiceWindow,
  type PolicyTier,
} from './policy.types.js';
import { creditTiers } from './service-credits.policy.js';

export interface PolicyTierSummary {
  readonly id: string;
  readonly title: LocalizedText;
  readonly unit: MeasureUnit;
  readonly threshold: number;
  readonly ageBand?: { readonly id: string; readonly minAge: number; readonly maxAge: number | null };
}

/** What `GET /policies` shows of a version: who decided what, and every tier with its bar. */
export interface PolicySummary {
  readonly id: string;
  readonly version: number;
  readonly effectiveFrom: string;
  readonly kind: Policy['kind'];
  readonly title: LocalizedText;
  /** The documents the rule comes from; empty only for a policy built in code, never for a loaded file. */
  readonly sources: readonly PolicySource[];
  /** Why these figures; absent only where `sources` is empty. */
  readonly rationale?: LocalizedText;
  readonly window: ServiceWindow | null;
  readonly tiers: readonly PolicyTierSummary[];
}

export function summarizePolicy(policy: Policy): PolicySummary {
  const head = {
    id: policy.id,
    version: policy.version,
    effectiveFrom: policy.effectiveFrom,
    kind: policy.kind,
    title: policy.title,
    sources: policy.sources ?? [],
    ...(policy.rationale ? { rationale: policy.rationale } : {}),
  };
  switch (policy.kind) {
    case 'points':
      return { ...head, window: null, tiers: [] };
    case 'hours-tiers':
      return { ...head, window: policy.window, tiers: policy.tiers.map(minutesTier) };
    case 'hours-tiers-by-age':
      return {
        ...head,
        window: policy.window,
        tiers: policy.bands.flatMap((band) =>
          band.tiers.map((tier) => ({
            ...minutesTier(tier),
            ageBand: { id: band.id, minAge: band.minAge, maxAge: band.maxAge },
          })),
        ),
      };
    case 'service-credits':
      return { ...head, window: policy.window, tiers: creditTiers(policy).map(minutesTier) };
    case 'all-of':
      return { ...head, ...compositeTier(policy) };
    default:
      return assertUnreachable(policy);
  }
}

/** A composite policy has one tier; its bar is the headline condition's. */
function compositeTier(policy: AllOfPolicy): Pick<PolicySummary, 'window' | 'tiers'> {
  const headline = policy.conditions.find((condition) => condition.name === policy.headline);
  const tier = { id: policy.tier.id, title: policy.tier.title };
  if (headline?.type === 'points') {
    return { window: null, tiers: [{ ...tier, unit: 'points', threshold: headline.minimum }] };
  }
  if (headline?.type === 'hours') {
    return { window: headline.window, tiers: [{ ...tier, unit: 'minutes', threshold: headline.minutes }] };
  }
  throw new Error(`policy ${policy.id} v${policy.version}: headline ${policy.headline} is not a quantity`);
}

const minutesTier = (tier: PolicyTier): PolicyTierSummary => ({
  id: tier.id,
  title: tier.title,
  unit: 'minutes',
  threshold: tier.minutes,
});
