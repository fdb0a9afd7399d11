/**
 * Shared fixtures for the policy specs. The `.spec.ts` suffix keeps this file out of the build, and it
 * matches no test pattern, so it only runs through the specs that import it.
 */
import { type EvaluationInput, type LedgerEntryFigure } from './evaluation-input.js';
import { parsePolicy } from './parse-policy.js';
import { PolicySet } from './policy-set.js';
import { type EligibilityPolicy, type Policy, isEligibilityPolicy } from './policy.types.js';

export const TZ = 'Asia/Shanghai';

/** The default policy files shipped in policies/ (the domain reads no files; the specs import them). */
export const DEFAULT_POLICY_FILES = [
  'points.v1.json',
  'star-volunteer.v1.json',
  'league-admission.v1.json',
  'registered-volunteer-annual.v1.json',
  'school-service-credit.v1.json',
  'pvsa.v1.json',
  'pvsa-lifetime.v1.json',
] as const;

export async function loadDefaultPolicyJson(file: string): Promise<unknown> {
  const loaded: { default: unknown } = await import(`../../../../policies/${file}`, {
    with: { type: 'json' },
  });
  return loaded.default;
}

export async function defaultPolicySet(): Promise<PolicySet> {
  const policies = await Promise.all(
    DEFAULT_POLICY_FILES.map(async (file) =>
      parsePolicy(await loadDefaultPolicyJson(file), `policies/${file}`),
    ),
  );
  return PolicySet.of(policies);
}

export function eligibilityPolicy(set: PolicySet, id: string, date = '2024-06-01'): EligibilityPolicy {
  const policy: Policy | undefined = set.inForce(id, date);
  if (!policy || !isEligibilityPolicy(policy)) throw new Error(`no eligibility policy ${id} on ${date}`);
  return policy;
}

export const hours = (count: number): number => count * 60;

let sequence = 0;

export function entry(
  servedAt: string,
  minutes: number,
  extra: Partial<LedgerEntryFigure> = {},
): LedgerEntryFigure {
  sequence += 1;
  return {
    entryId: `s-${String(sequence).padStart(4, '0')}`,
    servedAt,
    minutes,
    category: 'community',
    organizationId: 'org-1',
    ...extra,
  };
}

export function inputOf(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    volunteer: { volunteerId: 'v-1', birthDate: '2006-05-20', leagueStatus: 'none' },
    entries: [],
    asOf: '2024-12-31T12:00:00+08:00',
    timeZone: TZ,
    ...overrides,
  };
}
