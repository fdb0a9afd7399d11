import { SignJWT } from 'jose';
import { type ActorClaims, actorFromClaims } from './actor-claims.js';
import { MIN_SECRET_LENGTH } from './token-verifier.js';

/** As `ActorClaims`, with roles as plain strings so a command line can pass what it parsed; they are checked. */
export type DevelopmentTokenClaims = Omit<ActorClaims, 'roles'> & { readonly roles: readonly string[] };

export interface DevelopmentTokenOptions {
  /** A jose time span (`'15m'`, `'8h'`, `'7d'`) or seconds; 1 hour by default. */
  expiresIn?: string | number;
  issuer?: string;
  audience?: string;
}

/**
 * Signs an HS256 token for development and the embedded default. The claims go through the same checks
 * the verifier applies, so a token that would be refused is never minted.
 */
export async function mintDevelopmentToken(
  secret: string,
  claims: DevelopmentTokenClaims,
  options: DevelopmentTokenOptions = {},
): Promise<string> {
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(`the secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const actor = actorFromClaims({ ...claims });
  let token = new SignJWT({
    roles: [...actor.roles],
    org: actor.org,
    ...(actor.volunteerId === undefined ? {} : { volunteerId: actor.volunteerId }),
    ...(actor.schoolId === undefined ? {} : { schoolId: actor.schoolId }),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(actor.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h');
  if (options.issuer !== undefined) token = token.setIssuer(options.issuer);
  if (options.audience !== undefined) token = token.setAudience(options.audience);
  return token.sign(new TextEncoder().encode(secret));
}
