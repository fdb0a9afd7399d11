import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importJWK,
  importPKCS8,
  importSPKI,
  type CryptoKey,
  type JWK,
} from 'jose';
import { CERTIFICATE_JWS_ALGORITHM } from './certificate.payload.js';
import { KeyRingError } from './key-ring.error.js';

/** A public key as published in the JWKS: enough for anyone to verify, with its id and intended use. */
export interface PublicSigningJwk extends JWK {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: typeof CERTIFICATE_JWS_ALGORITHM;
  use: 'sig';
}

export interface SigningKey {
  kid: string;
  publicJwk: PublicSigningJwk;
  /** Absent for a retired key kept only so the certificates it signed still verify. */
  privateKey?: CryptoKey;
}

/** Key material in any of the forms operators keep it: PEM files (PKCS8 or SPKI) or a JWK. */
export type SigningKeyMaterial =
  { format: 'pem'; kid: string; pem: string } | { format: 'jwk'; jwk: JWK; kid?: string };

export interface GeneratedSigningKey {
  key: SigningKey;
  privateKeyPem: string;
  publicKeyPem: string;
}

export async function importSigningKey(material: SigningKeyMaterial): Promise<SigningKey> {
  try {
    return material.format === 'pem' ? await fromPem(material.kid, material.pem) : await fromJwk(material);
  } catch (error) {
    if (error instanceof KeyRingError) throw error;
    const label = material.kid ?? (material.format === 'jwk' ? material.jwk.kid : undefined) ?? '(no kid)';
    throw new KeyRingError('INVALID_KEY', `Key ${label} is not a usable Ed25519 key: ${describe(error)}`);
  }
}

/** A new Ed25519 key; its id defaults to the RFC 7638 thumbprint, which is stable and collision-free. */
export async function generateSigningKey(kid?: string): Promise<GeneratedSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(CERTIFICATE_JWS_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const publicJwk = await publicJwkOf(publicKey, kid);
  return {
    key: { kid: publicJwk.kid, publicJwk, privateKey },
    privateKeyPem: await exportPKCS8(privateKey),
    publicKeyPem: await exportSPKI(publicKey),
  };
}

async function fromPem(kid: string, pem: string): Promise<SigningKey> {
  if (pem.includes('BEGIN PRIVATE KEY')) {
    // Extractable once, only to derive the public half; the key kept for signing is not.
    const extractable = await importPKCS8(pem, CERTIFICATE_JWS_ALGORITHM, { extractable: true });
    const publicJwk = await publicJwkOf(extractable, kid);
    const privateKey = await importPKCS8(pem, CERTIFICATE_JWS_ALGORITHM);
    return { kid: publicJwk.kid, publicJwk, privateKey };
  }
  if (pem.includes('BEGIN PUBLIC KEY')) {
    const publicJwk = await publicJwkOf(await importSPKI(pem, CERTIFICATE_JWS_ALGORITHM), kid);
    return { kid: publicJwk.kid, publicJwk };
  }
  throw new KeyRingError('UNSUPPORTED_KEY', `Key ${kid} is neither a PKCS8 private nor an SPKI public PEM`);
}

async function fromJwk({ jwk, kid }: { jwk: JWK; kid?: string }): Promise<SigningKey> {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new KeyRingError('UNSUPPORTED_KEY', `Key ${kid ?? jwk.kid ?? '(no kid)'} is not an Ed25519 JWK`);
  }
  const publicJwk = await publicJwkFromX(jwk.x, kid ?? jwk.kid);
  if (typeof jwk.d !== 'string') return { kid: publicJwk.kid, publicJwk };
  const privateKey = await importJWK(
    { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d },
    CERTIFICATE_JWS_ALGORITHM,
  );
  if (privateKey instanceof Uint8Array)
    throw new KeyRingError('UNSUPPORTED_KEY', 'A symmetric key cannot sign');
  return { kid: publicJwk.kid, publicJwk, privateKey };
}

async function publicJwkOf(key: CryptoKey, kid: string | undefined): Promise<PublicSigningJwk> {
  const exported = await exportJWK(key);
  if (exported.kty !== 'OKP' || exported.crv !== 'Ed25519' || typeof exported.x !== 'string') {
    throw new KeyRingError('UNSUPPORTED_KEY', 'Only Ed25519 keys sign certificates');
  }
  return publicJwkFromX(exported.x, kid);
}

async function publicJwkFromX(x: string, kid: string | undefined): Promise<PublicSigningJwk> {
  const core = { kty: 'OKP', crv: 'Ed25519', x } as const;
  const id = kid?.trim() || (await calculateJwkThumbprint(core));
  return { ...core, kid: id, alg: CERTIFICATE_JWS_ALGORITHM, use: 'sig' };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
