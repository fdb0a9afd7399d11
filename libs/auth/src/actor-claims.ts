import { type Actor, ID_PATTERN, isPlainText, ROLES, type Role } from '@vl/domain';
import { AuthenticationError } from './auth.errors.js';

/** The claims a token must carry to name an actor; the same shape a development token is minted from. */
export interface ActorClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly org: string;
  readonly volunteerId?: string;
  readonly schoolId?: string;
}

const MAX_SUB_LENGTH = 128;
const SYSTEM_ROOT = '*';
const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

/**
 * Reads an actor from a verified token's payload. Strict on purpose: a token that names an unknown role
 * or a malformed id is refused whole, rather than trimmed into something its issuer did not mean.
 */
export function actorFromClaims(payload: Readonly<Record<string, unknown>>): Actor {
  const { sub, org } = payload;
  if (
    typeof sub !== 'string' ||
    sub.length === 0 ||
    sub.length > MAX_SUB_LENGTH ||
    // `sub` ends up in every event's metadata, audit lists and logs: the rules of free text apply.
    !isPlainText(sub)
  ) {
    invalid(
      'sub',
      `must be a non-empty string of at most ${MAX_SUB_LENGTH} characters without control characters, direction overrides or broken UTF-16`,
    );
  }
  const roles = readRoles(payload.roles);
  if (typeof org !== 'string' || (org !== SYSTEM_ROOT && !ID_PATTERN.test(org))) {
    invalid('org', `must be an organisation id matching ${ID_PATTERN.source} or "${SYSTEM_ROOT}"`);
  }
  const volunteerId = readOptionalId(payload, 'volunteerId');
  if (roles.includes('volunteer') && volunteerId === undefined)
    invalid('volunteerId', 'is required for the volunteer role');
  const schoolId = readOptionalId(payload, 'schoolId');
  if (roles.includes('school') && schoolId === undefined)
    invalid('schoolId', 'is required for the school role');
  return {
    sub,
    roles,
    org,
    ...(volunteerId === undefined ? {} : { volunteerId }),
    ...(schoolId === undefined ? {} : { schoolId }),
  };
}

function readRoles(value: unknown): readonly Role[] {
  if (!Array.isArray(value) || value.length === 0) invalid('roles', 'must be a non-empty array of roles');
  const roles: Role[] = [];
  for (const role of value as unknown[]) {
    if (typeof role !== 'string' || !KNOWN_ROLES.has(role)) {
      invalid('roles', `contains ${describe(role)}, not one of ${ROLES.join(', ')}`);
    }
    if (roles.includes(role as Role)) invalid('roles', `names "${role}" twice`);
    roles.push(role as Role);
  }
  return roles;
}

function readOptionalId(
  payload: Readonly<Record<string, unknown>>,
  claim: 'volunteerId' | 'schoolId',
): string | undefined {
  const value = payload[claim];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) invalid(claim, `must match ${ID_PATTERN.source}`);
  return value;
}

/** A short, printable rendering of a rejected value, so a hostile token cannot flood the message. */
function describe(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).slice(0, 40);
}

function invalid(claim: string, problem: string): never {
  throw new AuthenticationError('CLAIMS_INVALID', `claim "${claim}" ${problem}`, claim);
}
