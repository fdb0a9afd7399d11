import { type Actor } from '@vl/domain';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
  type JWTPayload,
  type JWTVerifyOptions,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { webcrypto } from 'node:crypto';
import { actorFromClaims } from './actor-claims.js';
import { AuthenticationError, KeySetUnavailableError } from './auth.errors.js';

export interface AuthOptions {
  /** HS256 shared secret (development and the embedded default); at least 32 characters. */
  jwtSecret?: string;
  /** JSON Web Key Set of the production identity provider (RS256, ES256, EdDSA). */
  jwksUrl?: string;
  /** Checked against `iss` when set. */
  issuer?: string;
  /** Checked against `aud` when set. */
  audience?: string;
  /** Allowed clock skew for `exp` and `nbf`; 30 s by default. */
  clockToleranceSeconds?: number;
  /** How long one key set fetch may take; 5 s by default. */
  jwksTimeoutMs?: number;
  /** The longest lifetime a token may claim (`exp` after `iat`, or after now without `iat`); unlimited when unset. */
  maxTokenLifetimeSeconds?: number;
}

export const SYMMETRIC_ALGORITHMS = ['HS256'] as const;
// `Ed25519` is the fully specified name (RFC 9864) for what older issuers call `EdDSA`.
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256', 'EdDSA', 'Ed25519'] as const;
export const MIN_SECRET_LENGTH = 32;
// Far above any real token; refusing early keeps hostile megabyte headers away from the parser.
const MAX_TOKEN_LENGTH = 8192;
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
/**
 * How long a verified token is taken at its word before its signature is checked again: a client sends the
 * same token with every request, and checking it each time was a twentieth of a write request's work.
 */
export const VERIFIED_TOKEN_MS = 60_000;
/** Characters of verified tokens kept (about 5,000 tokens of typical length). */
const VERIFIED_TOKEN_CHARACTERS = 2_000_000;

/** A token that verified: its actor (frozen, shared by the requests that send the token) and until when. */
interface Verified {
  readonly actor: Actor;
  /** The token's expiry plus the clock tolerance, in epoch milliseconds: not served from here after it. */
  readonly expiresAtMs: number;
}

/**
 * Verifies bearer tokens and turns their claims into an `Actor`. Each key is only ever tried with its own
 * pinned algorithms, so a token cannot choose `none` or have an RSA public key used as an HMAC secret.
 */
export class TokenVerifier {
  /** The HS256 key, imported once: jose would otherwise import the raw secret on every verification. */
  private readonly secret: Promise<webcrypto.CryptoKey> | undefined;
  private readonly keySet: JWTVerifyGetKey | undefined;
  private readonly checks: JWTVerifyOptions;
  private readonly maxLifetimeSeconds: number | undefined;
  private readonly clockToleranceSeconds: number;
  private readonly verified = new LRUCache<string, Verified>({
    maxSize: VERIFIED_TOKEN_CHARACTERS,
    sizeCalculation: (_, token) => token.length,
    ttl: VERIFIED_TOKEN_MS,
  });

  constructor(options: AuthOptions) {
    if (options.jwtSecret === undefined && options.jwksUrl === undefined) {
      throw new Error('TokenVerifier needs jwtSecret (HS256) or jwksUrl (RS256, ES256, EdDSA)');
    }
    if (options.jwtSecret !== undefined && options.jwtSecret.length < MIN_SECRET_LENGTH) {
      throw new Error(`jwtSecret must be at least ${MIN_SECRET_LENGTH} characters for HS256`);
    }
    this.secret =
      options.jwtSecret === undefined
        ? undefined
        : webcrypto.subtle.importKey(
            'raw',
            new TextEncoder().encode(options.jwtSecret),
            { name: 'HMAC', hash: 'SHA-256' },
            false,
            ['verify'],
          );
    this.keySet =
      options.jwksUrl === undefined
        ? undefined
        : createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: options.jwksTimeoutMs ?? 5000 });
    this.maxLifetimeSeconds = options.maxTokenLifetimeSeconds;
    this.clockToleranceSeconds = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
    this.checks = {
      clockTolerance: this.clockToleranceSeconds,
      // A token that never expires cannot be taken back; every issuer we accept sets `exp`.
      requiredClaims: ['exp'],
      ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
      ...(options.audience === undefined ? {} : { audience: options.audience }),
    };
  }

  /**
   * The token's actor. A token verified within the last minute and not expired since is answered from
   * memory (the same characters, so the same signature, claims and checks); anything else is verified.
   */
  async verify(token: string): Promise<Actor> {
    if (token.length === 0) throw new AuthenticationError('TOKEN_MISSING', 'a bearer token is required');
    if (token.length > MAX_TOKEN_LENGTH)
      throw new AuthenticationError('TOKEN_INVALID', 'the token is too long');
    const kept = this.verified.get(token);
    if (kept !== undefined) {
      if (Date.now() < kept.expiresAtMs) return kept.actor;
      this.verified.delete(token);
    }
    const { actor, payload } = await this.verifySigned(token);
    if (typeof payload.exp === 'number') {
      this.verified.set(token, { actor, expiresAtMs: (payload.exp + this.clockToleranceSeconds) * 1000 });
    }
    return actor;
  }

  private async verifySigned(token: string): Promise<{ actor: Actor; payload: JWTPayload }> {
    const algorithm = readAlgorithm(token);
    let viaKeySet = false;
    try {
      if (this.secret !== undefined && isOneOf(algorithm, SYMMETRIC_ALGORITHMS)) {
        const { payload } = await jwtVerify(token, await this.secret, {
          ...this.checks,
          algorithms: [...SYMMETRIC_ALGORITHMS],
        });
        this.assertLifetime(payload);
        return { actor: frozen(actorFromClaims(payload)), payload };
      }
      if (this.keySet !== undefined && isOneOf(algorithm, ASYMMETRIC_ALGORITHMS)) {
        viaKeySet = true;
        const { payload } = await jwtVerify(token, this.keySet, {
          ...this.checks,
          algorithms: [...ASYMMETRIC_ALGORITHMS],
        });
        this.assertLifetime(payload);
        return { actor: frozen(actorFromClaims(payload)), payload };
      }
    } catch (error) {
      throw translateError(error, viaKeySet);
    }
    throw new AuthenticationError('TOKEN_INVALID', `the token's algorithm "${algorithm}" is not accepted`);
  }

  /** A token living far longer than any issuer means is a leaked or forged long-term key: refused. */
  private assertLifetime(payload: JWTPayload): void {
    if (this.maxLifetimeSeconds === undefined || payload.exp === undefined) return;
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
    if (payload.exp - issuedAt > this.maxLifetimeSeconds) {
      throw new AuthenticationError(
        'CLAIMS_INVALID',
        `claim "exp" is more than ${this.maxLifetimeSeconds} s after the token was issued`,
        'exp',
      );
    }
  }
}

/** An actor shared by every request that sends its token: nobody may change it for the others. */
function frozen(actor: Actor): Actor {
  Object.freeze(actor.roles);
  return Object.freeze(actor);
}

function readAlgorithm(token: string): string {
  let algorithm: unknown;
  try {
    algorithm = decodeProtectedHeader(token).alg;
  } catch {
    throw new AuthenticationError('TOKEN_INVALID', 'the token is not a well-formed JWT');
  }
  if (typeof algorithm !== 'string')
    throw new AuthenticationError('TOKEN_INVALID', 'the token header names no algorithm');
  return algorithm.slice(0, 32);
}

function isOneOf(value: string, list: readonly string[]): boolean {
  return list.includes(value);
}

function translateError(error: unknown, viaKeySet: boolean): unknown {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JWTExpired)
    return new AuthenticationError('TOKEN_EXPIRED', 'the token has expired', 'exp');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' && error.reason === 'check_failed') {
      return new AuthenticationError('TOKEN_NOT_YET_VALID', 'the token is not valid yet', 'nbf');
    }
    return new AuthenticationError(
      'CLAIMS_INVALID',
      `claim "${error.claim}" is invalid: ${error.message}`,
      error.claim,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new AuthenticationError('TOKEN_INVALID', 'the token signature does not verify');
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new AuthenticationError('TOKEN_INVALID', 'the token was signed by an unknown key');
  }
  if (
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return new AuthenticationError('TOKEN_INVALID', `the token is invalid: ${error.message}`);
  }
  // What is left with a key set is its fetch failing (timeouts, network errors, a bad response): not the
  // caller's fault. Without one, it is a defect and surfaces as it is.
  return viaKeySet ? new KeySetUnavailableError({ cause: error }) : error;
}
