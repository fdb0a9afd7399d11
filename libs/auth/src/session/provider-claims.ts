import { type Actor } from '@vl/domain';
import { actorFromClaims } from '../actor-claims.js';
import { AuthenticationError } from '../auth.errors.js';

/** Which claim of the identity provider carries each ledger claim (OIDC_CLAIMS_MAPPING). */
export interface ProviderClaimNames {
  readonly roles: string;
  readonly org: string;
  readonly volunteerId: string;
  readonly schoolId: string;
  readonly displayName: string;
}

export interface ProviderIdentity {
  readonly actor: Actor;
  readonly displayName: string;
}

const CONTROL_CHARACTER = /\p{Cc}/u;
const MAX_DISPLAY_NAME = 200;

/**
 * The actor an identity provider's claims (ID token and userinfo, merged) name, read through the mapping and
 * held to the same rules as a bearer token's claims: a claim out of place refuses the sign-in whole.
 */
export function identityFromProviderClaims(
  claims: Readonly<Record<string, unknown>>,
  names: ProviderClaimNames,
): ProviderIdentity {
  const ledgerClaims: Record<string, unknown> = {
    sub: claims.sub,
    roles: readRoles(claimAt(claims, names.roles)),
    org: claimAt(claims, names.org),
  };
  const volunteerId = claimAt(claims, names.volunteerId);
  if (volunteerId !== undefined && volunteerId !== null) ledgerClaims.volunteerId = volunteerId;
  const schoolId = claimAt(claims, names.schoolId);
  if (schoolId !== undefined && schoolId !== null) ledgerClaims.schoolId = schoolId;
  let actor: Actor;
  try {
    actor = actorFromClaims(ledgerClaims);
  } catch (error) {
    if (error instanceof AuthenticationError && error.claim !== undefined && error.claim !== 'sub') {
      const providerClaim = names[error.claim as keyof ProviderClaimNames];
      throw new AuthenticationError(
        error.code,
        `the identity provider's claim "${providerClaim}" (ledger claim "${error.claim}") is invalid: ${error.message}`,
        error.claim,
      );
    }
    throw error;
  }
  return { actor, displayName: displayNameOf(claims, names.displayName, actor.sub) };
}

/** A claim by its name; a dotted name that is not itself a claim reaches into objects (`realm.roles`). */
export function claimAt(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, part)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Some providers send roles as one space- or comma-separated string. */
function readRoles(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.split(/[\s,]+/).filter((role) => role.length > 0);
}

function displayNameOf(claims: Readonly<Record<string, unknown>>, name: string, sub: string): string {
  for (const candidate of [claimAt(claims, name), claims.preferred_username]) {
    if (
      typeof candidate === 'string' &&
      candidate.trim().length > 0 &&
      candidate.length <= MAX_DISPLAY_NAME &&
      !CONTROL_CHARACTER.test(candidate)
    ) {
      return candidate.trim();
    }
  }
  return sub;
}
