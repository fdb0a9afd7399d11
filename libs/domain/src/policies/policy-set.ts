import { calendarDate } from '../shared/time.js';
import { PolicyValidationError } from './policy-validation.error.js';
import { type Policy } from './policy.types.js';

/**
 * Every version of every policy. A version decides from its `effectiveFrom` date on; an answer about an
 * earlier date keeps using the version in force then, so publishing a new version never rewrites the past.
 */
export class PolicySet {
  private readonly byId: ReadonlyMap<string, readonly Policy[]>;

  private constructor(byId: ReadonlyMap<string, readonly Policy[]>) {
    this.byId = byId;
  }

  /** Checks versions and cross-references; errors name the policy version and field at fault. */
  static of(policies: readonly Policy[]): PolicySet {
    const byId = new Map<string, Policy[]>();
    for (const policy of policies) byId.set(policy.id, [...(byId.get(policy.id) ?? []), policy]);
    for (const versions of byId.values()) {
      versions.sort((a, b) => a.version - b.version);
      checkVersions(versions);
    }
    const set = new PolicySet(byId);
    set.checkReferences();
    return set;
  }

  ids(): string[] {
    return [...this.byId.keys()].sort();
  }

  /** All versions of a policy, oldest first. */
  versions(policyId: string): readonly Policy[] {
    return this.byId.get(policyId) ?? [];
  }

  all(): Policy[] {
    return this.ids().flatMap((id) => this.versions(id));
  }

  /** The version in force on a calendar date (YYYY-MM-DD), or undefined before the first one. */
  inForce(policyId: string, date: string): Policy | undefined {
    const versions = this.versions(policyId);
    for (let index = versions.length - 1; index >= 0; index -= 1) {
      const policy = versions[index];
      if (policy && policy.effectiveFrom <= date) return policy;
    }
    return undefined;
  }

  /** The version in force at an instant, judged on its calendar date in the programme's time zone. */
  inForceAt(policyId: string, instant: string, timeZone: string): Policy | undefined {
    return this.inForce(policyId, calendarDate(instant, timeZone));
  }

  /** The version of each policy in force on a date (what `GET /policies` lists). */
  allInForce(date: string): Policy[] {
    return this.ids().flatMap((id) => {
      const policy = this.inForce(id, date);
      return policy ? [policy] : [];
    });
  }

  private checkReferences(): void {
    for (const policy of this.all()) {
      if (policy.kind !== 'all-of') continue;
      policy.conditions.forEach((condition, index) => {
        if (condition.type !== 'points') return;
        const target = this.versions(condition.pointsPolicyId);
        if (target.length === 0 || target.some((version) => version.kind !== 'points')) {
          throw new PolicyValidationError(
            label(policy),
            `$.conditions[${index}].pointsPolicyId`,
            `names ${JSON.stringify(condition.pointsPolicyId)}, which is not a points policy in the set`,
          );
        }
      });
    }
  }
}

function checkVersions(versions: readonly Policy[]): void {
  versions.forEach((policy, index) => {
    const previous = versions[index - 1];
    if (!previous) return;
    if (previous.version === policy.version) {
      throw new PolicyValidationError(label(policy), '$.version', 'the same id and version appear twice');
    }
    if (previous.effectiveFrom >= policy.effectiveFrom) {
      throw new PolicyValidationError(
        label(policy),
        '$.effectiveFrom',
        `must be later than version ${previous.version}'s ${previous.effectiveFrom}`,
      );
    }
    // Consumers hold a policy id to one meaning (a points condition names a points policy).
    if (previous.kind !== policy.kind) {
      throw new PolicyValidationError(
        label(policy),
        '$.kind',
        `must stay ${previous.kind} as in version ${previous.version}; publish a new id instead`,
      );
    }
  });
}

const label = (policy: Policy): string => `policy ${policy.id} v${policy.version}`;
