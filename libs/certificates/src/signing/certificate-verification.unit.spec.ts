import { CompactSign, base64url } from 'jose';
import { sampleCertificate } from '../testing/certificate.fixture.js';
import { CertificateKeyRing } from './certificate-key-ring.js';
import { CERTIFICATE_JWS_TYPE, certificatePayload } from './certificate.payload.js';
import { verifyCertificateOffline } from './certificate-verification.js';
import { generateSigningKey } from './signing-key.js';

async function ringWith(...kids: string[]): Promise<CertificateKeyRing> {
  const keys = await Promise.all(kids.map(async (kid) => (await generateSigningKey(kid)).key));
  return new CertificateKeyRing(keys, kids.at(-1));
}

/** Replaces the payload segment and keeps the original signature, as a forger editing the JSON would. */
function withPayload(signedForm: string, edit: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = signedForm.split('.');
  const decoded = JSON.parse(new TextDecoder().decode(base64url.decode(payload!))) as Record<string, unknown>;
  edit(decoded);
  return [header, base64url.encode(JSON.stringify(decoded)), signature].join('.');
}

function withHeader(signedForm: string, header: Record<string, unknown>): string {
  const [, payload, signature] = signedForm.split('.');
  return [base64url.encode(JSON.stringify(header)), payload, signature].join('.');
}

describe('verifyCertificateOffline', () => {
  it('accepts a certificate signed by a published key and returns its facts', async () => {
    const ring = await ringWith('2025-07');
    const certificate = sampleCertificate();
    const result = await verifyCertificateOffline(await ring.sign(certificate), ring.jwks());
    expect(result).toEqual({ valid: true, kid: '2025-07', payload: certificatePayload(certificate) });
    if (result.valid) {
      expect(result.payload).toMatchObject({
        code: 'K7M2Q9RXH4TD',
        volunteer: { maskedName: '张*三', number: 'ZZ2025000123' },
        minutes: 750,
        from: '2025-03-01',
        to: '2025-06-30',
      });
    }
  });

  it('never carries the full name or identity number in the signed form', async () => {
    const ring = await ringWith('k');
    const [, payload] = (await ring.sign(sampleCertificate())).split('.');
    const text = new TextDecoder().decode(base64url.decode(payload!));
    expect(text).not.toContain('张小三');
    expect(text).not.toContain('1234');
  });

  it('rejects a signed form whose minutes were changed', async () => {
    const ring = await ringWith('k');
    const forged = withPayload(await ring.sign(sampleCertificate()), (payload) => {
      payload['minutes'] = 7500;
    });
    expect(await verifyCertificateOffline(forged, ring.jwks())).toMatchObject({
      valid: false,
      error: { code: 'BAD_SIGNATURE' },
    });
  });

  it('rejects a signed form whose volunteer was changed', async () => {
    const ring = await ringWith('k');
    const forged = withPayload(await ring.sign(sampleCertificate()), (payload) => {
      payload['volunteer'] = { maskedName: '李*', number: 'ZZ2025000999' };
    });
    expect(await verifyCertificateOffline(forged, ring.jwks())).toMatchObject({
      valid: false,
      error: { code: 'BAD_SIGNATURE' },
    });
  });

  it('rejects a signature that was cut short', async () => {
    const ring = await ringWith('k');
    const signed = await ring.sign(sampleCertificate());
    expect(await verifyCertificateOffline(signed.slice(0, -10), ring.jwks())).toMatchObject({
      error: { code: 'BAD_SIGNATURE' },
    });
    expect(
      await verifyCertificateOffline(signed.slice(0, signed.lastIndexOf('.') + 1), ring.jwks()),
    ).toMatchObject({ error: { code: 'BAD_SIGNATURE' } });
  });

  it('rejects a signed form without its signature part as malformed', async () => {
    const ring = await ringWith('k');
    const signed = await ring.sign(sampleCertificate());
    for (const broken of [signed.slice(0, signed.lastIndexOf('.')), '', 'not a jws', 'a.b.c.d', '%%.%%.%%']) {
      expect(await verifyCertificateOffline(broken, ring.jwks())).toMatchObject({
        error: { code: 'MALFORMED' },
      });
    }
  });

  it('rejects a key id that is not published', async () => {
    const signer = await ringWith('secret-key');
    const published = await ringWith('other-key');
    expect(
      await verifyCertificateOffline(await signer.sign(sampleCertificate()), published.jwks()),
    ).toMatchObject({
      valid: false,
      error: { code: 'UNKNOWN_KID' },
    });
  });

  it('rejects a certificate signed by another key under a published key id', async () => {
    const genuine = await ringWith('k');
    const impostor = await ringWith('k');
    expect(
      await verifyCertificateOffline(await impostor.sign(sampleCertificate()), genuine.jwks()),
    ).toMatchObject({
      error: { code: 'BAD_SIGNATURE' },
    });
  });

  it('rejects the none algorithm, HMAC and a foreign typ before looking at the signature', async () => {
    const ring = await ringWith('k');
    const signed = await ring.sign(sampleCertificate());
    expect(
      await verifyCertificateOffline(withHeader(signed, { alg: 'none', kid: 'k' }), ring.jwks()),
    ).toMatchObject({ error: { code: 'WRONG_ALGORITHM' } });
    expect(
      await verifyCertificateOffline(
        withHeader(signed, { alg: 'HS256', typ: CERTIFICATE_JWS_TYPE, kid: 'k' }),
        ring.jwks(),
      ),
    ).toMatchObject({ error: { code: 'WRONG_ALGORITHM' } });
    expect(
      await verifyCertificateOffline(withHeader(signed, { alg: 'EdDSA', typ: 'JWT', kid: 'k' }), ring.jwks()),
    ).toMatchObject({ error: { code: 'WRONG_TYPE' } });
  });

  it('rejects a correctly signed payload that is not a certificate', async () => {
    const signing = await generateSigningKey('k');
    const ring = new CertificateKeyRing([signing.key]);
    const notACertificate = await new CompactSign(new TextEncoder().encode('{"v":1,"minutes":"lots"}'))
      .setProtectedHeader({ alg: 'EdDSA', typ: CERTIFICATE_JWS_TYPE, kid: 'k' })
      .sign(signing.key.privateKey!);
    expect(await verifyCertificateOffline(notACertificate, ring.jwks())).toMatchObject({
      error: { code: 'INVALID_PAYLOAD' },
    });
  });

  it('refuses a published key of the wrong kind under the right id', async () => {
    const ring = await ringWith('k');
    const signed = await ring.sign(sampleCertificate());
    const jwks = { keys: [{ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', kid: 'k' }] };
    expect(await verifyCertificateOffline(signed, jwks)).toMatchObject({ error: { code: 'UNSUITABLE_KEY' } });
  });
});

describe('key rotation', () => {
  it('keeps old certificates valid while the old public key stays published', async () => {
    const old = await generateSigningKey('2025-01');
    const before = new CertificateKeyRing([old.key]);
    const signedBefore = await before.sign(sampleCertificate());

    const next = await generateSigningKey('2025-07');
    // The old key is retired: only its public half is kept.
    const retired = { kid: old.key.kid, publicJwk: old.key.publicJwk };
    const after = new CertificateKeyRing([retired, next.key]);
    expect(after.activeKid).toBe('2025-07');
    const signedAfter = await after.sign(sampleCertificate({ code: 'NEWCQDEXYZ23' }));

    const jwks = after.jwks();
    expect(jwks.keys.map((key) => key.kid)).toEqual(['2025-07', '2025-01']);
    expect(await verifyCertificateOffline(signedBefore, jwks)).toMatchObject({ valid: true, kid: '2025-01' });
    expect(await verifyCertificateOffline(signedAfter, jwks)).toMatchObject({ valid: true, kid: '2025-07' });
  });

  it('stops verifying old certificates once their key is withdrawn from the set', async () => {
    const old = await generateSigningKey('2025-01');
    const signed = await new CertificateKeyRing([old.key]).sign(sampleCertificate());
    const next = await generateSigningKey('2025-07');
    const withdrawn = new CertificateKeyRing([next.key]).jwks();
    expect(await verifyCertificateOffline(signed, withdrawn)).toMatchObject({
      error: { code: 'UNKNOWN_KID' },
    });
  });
});
