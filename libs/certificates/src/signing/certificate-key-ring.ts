import { CompactSign, type CryptoKey } from 'jose';
import { type Certificate } from '../content/certificate.model.js';
import {
  CERTIFICATE_JWS_ALGORITHM,
  CERTIFICATE_JWS_TYPE,
  certificatePayload,
  type CertificatePayload,
} from './certificate.payload.js';
import { KeyRingError } from './key-ring.error.js';
import { type PublicSigningJwk, type SigningKey } from './signing-key.js';

/** The published key set, as served at /.well-known/jwks.json. */
export interface CertificateJwks {
  keys: PublicSigningJwk[];
}

/**
 * The signing keys of a deployment: one active key signs new certificates; every other key stays in the
 * published set so certificates signed before a rotation keep verifying offline.
 */
export class CertificateKeyRing {
  private readonly keys: ReadonlyMap<string, SigningKey>;
  private readonly signingKey: CryptoKey;
  readonly activeKid: string;

  constructor(keys: readonly SigningKey[], activeKid?: string) {
    const byKid = new Map<string, SigningKey>();
    for (const key of keys) {
      if (byKid.has(key.kid)) throw new KeyRingError('DUPLICATE_KID', `Two keys share the id ${key.kid}`);
      byKid.set(key.kid, key);
    }
    const kid = activeKid ?? newestPrivateKid(keys);
    if (kid === undefined)
      throw new KeyRingError('NO_SIGNING_KEY', 'No private key to sign certificates with');
    const active = byKid.get(kid);
    if (!active) throw new KeyRingError('UNKNOWN_ACTIVE_KID', `The active key ${kid} is not in the ring`);
    if (!active.privateKey) {
      throw new KeyRingError('ACTIVE_KEY_NOT_PRIVATE', `The active key ${kid} has no private part`);
    }
    this.keys = byKid;
    this.activeKid = kid;
    this.signingKey = active.privateKey;
  }

  get kids(): string[] {
    return [...this.keys.keys()];
  }

  /** Every public key, the active one first; no private material ever leaves through here. */
  jwks(): CertificateJwks {
    const others = [...this.keys.values()].filter((key) => key.kid !== this.activeKid);
    const active = this.keys.get(this.activeKid);
    return { keys: [...(active ? [active] : []), ...others].map((key) => ({ ...key.publicJwk })) };
  }

  /** The compact JWS of a payload, signed with the active key. */
  async signPayload(payload: CertificatePayload): Promise<string> {
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: CERTIFICATE_JWS_ALGORITHM, typ: CERTIFICATE_JWS_TYPE, kid: this.activeKid })
      .sign(this.signingKey);
  }

  /** The signed form of a certificate: what the public route hands out for offline checks. */
  async sign(certificate: Certificate): Promise<string> {
    return this.signPayload(certificatePayload(certificate));
  }
}

/** Without an explicit choice, the last key by id: name keys by date (2025-07, 2026-01) and rotation is a new file. */
function newestPrivateKid(keys: readonly SigningKey[]): string | undefined {
  return keys
    .filter((key) => key.privateKey !== undefined)
    .map((key) => key.kid)
    .sort()
    .at(-1);
}
