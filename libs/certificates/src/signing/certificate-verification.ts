import { compactVerify, decodeProtectedHeader, errors, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import {
  CERTIFICATE_JWS_ALGORITHM,
  CERTIFICATE_JWS_TYPE,
  parseCertificatePayload,
  type CertificatePayload,
} from './certificate.payload.js';

export type CertificateVerificationErrorCode =
  /** Not a compact JWS, or its parts do not decode. */
  | 'MALFORMED'
  /** Signed with an algorithm other than EdDSA (including `none` and HMAC). */
  | 'WRONG_ALGORITHM'
  /** A JWS, but not a certificate's (another `typ`). */
  | 'WRONG_TYPE'
  /** The key id is missing or not in the published set. */
  | 'UNKNOWN_KID'
  /** The published key under that id is not an Ed25519 signing key. */
  | 'UNSUITABLE_KEY'
  /** The signature does not match the header and payload: tampered or cut. */
  | 'BAD_SIGNATURE'
  /** Correctly signed, but not a certificate payload this version understands. */
  | 'INVALID_PAYLOAD';

export interface CertificateVerificationError {
  code: CertificateVerificationErrorCode;
  message: string;
}

export type CertificateVerification =
  | { valid: true; payload: CertificatePayload; kid: string }
  | { valid: false; error: CertificateVerificationError };

function invalid(code: CertificateVerificationErrorCode, message: string): CertificateVerification {
  return { valid: false, error: { code, message } };
}

/**
 * Checks a certificate's signed form against a published key set, with no network: a school that saved the
 * JWKS once can check certificates on its own. Never throws for bad input; every failure has a code.
 * A valid signature proves what was issued, not that it still stands: revocation is answered online.
 */
export async function verifyCertificateOffline(
  signedForm: string,
  jwks: JSONWebKeySet,
): Promise<CertificateVerification> {
  const token = signedForm.trim();
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) return invalid('MALFORMED', 'Not a compact JWS');

  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return invalid('MALFORMED', 'The protected header does not decode');
  }
  if (header.alg !== CERTIFICATE_JWS_ALGORITHM) {
    return invalid('WRONG_ALGORITHM', `Expected ${CERTIFICATE_JWS_ALGORITHM}, found ${String(header.alg)}`);
  }
  if (header.typ !== CERTIFICATE_JWS_TYPE) {
    return invalid('WRONG_TYPE', `Expected typ ${CERTIFICATE_JWS_TYPE}, found ${String(header.typ)}`);
  }
  const kid = header.kid;
  if (typeof kid !== 'string' || kid === '') return invalid('UNKNOWN_KID', 'The header names no key id');

  const jwk = (Array.isArray(jwks.keys) ? jwks.keys : []).find((key) => key.kid === kid);
  if (!jwk) return invalid('UNKNOWN_KID', `No published key has the id ${kid}`);
  if (!isEd25519SigningKey(jwk)) return invalid('UNSUITABLE_KEY', `Key ${kid} is not an Ed25519 signing key`);

  let payloadBytes: Uint8Array;
  try {
    // Only the public members: a JWKS that wrongly carries `d` must not turn verification into signing.
    const key = await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, CERTIFICATE_JWS_ALGORITHM);
    ({ payload: payloadBytes } = await compactVerify(token, key, {
      algorithms: [CERTIFICATE_JWS_ALGORITHM],
    }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return invalid('BAD_SIGNATURE', 'The signature does not match the certificate');
    }
    return invalid('MALFORMED', error instanceof Error ? error.message : 'The JWS does not decode');
  }

  let decoded: unknown;
  try {
    decoded = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    return invalid('INVALID_PAYLOAD', 'The payload is not JSON');
  }
  const payload = parseCertificatePayload(decoded);
  if (!payload) return invalid('INVALID_PAYLOAD', 'The payload is not a certificate of a known version');
  return { valid: true, payload, kid };
}

function isEd25519SigningKey(jwk: JWK): boolean {
  return (
    jwk.kty === 'OKP' &&
    jwk.crv === 'Ed25519' &&
    typeof jwk.x === 'string' &&
    (jwk.use === undefined || jwk.use === 'sig') &&
    (jwk.alg === undefined || jwk.alg === CERTIFICATE_JWS_ALGORITHM)
  );
}
