import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK } from 'jose';
import { sampleCertificate } from '../testing/certificate.fixture.js';
import { CertificateKeyRing } from './certificate-key-ring.js';
import { verifyCertificateOffline } from './certificate-verification.js';
import { KeyRingError } from './key-ring.error.js';
import {
  ACTIVE_KID_FILE,
  loadKeyRingFromDirectory,
  loadKeyRingFromEnv,
  loadOrCreateKeyRing,
  writeNewSigningKey,
} from './key-ring.loader.js';
import { generateSigningKey, importSigningKey } from './signing-key.js';

async function keyRingErrorOf(action: () => Promise<unknown>): Promise<KeyRingError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof KeyRingError) return error;
    throw error;
  }
  throw new Error('expected a KeyRingError');
}

describe('CertificateKeyRing', () => {
  it('publishes public keys only, with kid, alg and use', async () => {
    const { key } = await generateSigningKey('2025-07');
    const jwks = new CertificateKeyRing([key]).jwks();
    expect(jwks).toEqual({
      keys: [{ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: '2025-07', alg: 'EdDSA', use: 'sig' }],
    });
    expect(JSON.stringify(jwks)).not.toContain('"d"');
  });

  it('names a generated key by its thumbprint when no id is given', async () => {
    const { key } = await generateSigningKey();
    expect(key.kid).toMatch(/^[\w-]{43}$/);
  });

  it('signs with the last key by id unless told which', async () => {
    const keys = await Promise.all(
      ['2025-01', '2025-07', '2024-07'].map(async (kid) => (await generateSigningKey(kid)).key),
    );
    expect(new CertificateKeyRing(keys).activeKid).toBe('2025-07');
    expect(new CertificateKeyRing(keys, '2024-07').activeKid).toBe('2024-07');
  });

  it('refuses duplicate ids, an unknown active id and an active key without its private half', async () => {
    const a = (await generateSigningKey('a')).key;
    const publicOnly = { kid: 'p', publicJwk: (await generateSigningKey('p')).key.publicJwk };
    expect(() => new CertificateKeyRing([a, a])).toThrow(expect.objectContaining({ code: 'DUPLICATE_KID' }));
    expect(() => new CertificateKeyRing([a], 'b')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ACTIVE_KID' }),
    );
    expect(() => new CertificateKeyRing([a, publicOnly], 'p')).toThrow(
      expect.objectContaining({ code: 'ACTIVE_KEY_NOT_PRIVATE' }),
    );
    expect(() => new CertificateKeyRing([publicOnly])).toThrow(
      expect.objectContaining({ code: 'NO_SIGNING_KEY' }),
    );
  });
});

describe('importSigningKey', () => {
  it('reads PKCS8 and SPKI PEM and private and public JWKs alike', async () => {
    const generated = await generateSigningKey('g');
    const fromPkcs8 = await importSigningKey({ format: 'pem', kid: 'g', pem: generated.privateKeyPem });
    const fromSpki = await importSigningKey({ format: 'pem', kid: 'g', pem: generated.publicKeyPem });
    const privateJwk = await exportJWK(generated.key.privateKey!);
    const fromJwk = await importSigningKey({ format: 'jwk', jwk: { ...privateJwk, kid: 'g' } });
    for (const key of [fromPkcs8, fromSpki, fromJwk]) expect(key.publicJwk).toEqual(generated.key.publicJwk);
    expect(fromPkcs8.privateKey).toBeDefined();
    expect(fromSpki.privateKey).toBeUndefined();
    expect(fromJwk.privateKey).toBeDefined();
  });

  it('refuses keys that are not Ed25519', async () => {
    const rsaLike = { kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'r' };
    expect((await keyRingErrorOf(() => importSigningKey({ format: 'jwk', jwk: rsaLike }))).code).toBe(
      'UNSUPPORTED_KEY',
    );
    const garbage = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n';
    expect(
      (await keyRingErrorOf(() => importSigningKey({ format: 'pem', kid: 'x', pem: garbage }))).code,
    ).toBe('INVALID_KEY');
  });
});

describe('key directories', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'vl-keys-'));
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('creates a private key on first use, readable by its owner only, and reuses it afterwards', async () => {
    const first = await loadOrCreateKeyRing(join(directory, 'keys'));
    const files = await readdir(join(directory, 'keys'));
    expect(files.sort()).toEqual([ACTIVE_KID_FILE, `${first.activeKid}.pem`].sort());
    expect((await stat(join(directory, 'keys', `${first.activeKid}.pem`))).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateKeyRing(join(directory, 'keys'));
    expect(again.jwks()).toEqual(first.jwks());
  });

  it('rotates: the new key signs, the retired public key still verifies what the old one signed', async () => {
    await writeNewSigningKey(directory, { kid: '2025-01' });
    const before = await loadKeyRingFromDirectory(directory);
    const signedBefore = await before.sign(sampleCertificate());

    await writeNewSigningKey(directory, { kid: '2025-07' });
    // Retire the old private key: keep only its public half on disk.
    const retired = await importSigningKey({
      format: 'pem',
      kid: '2025-01',
      pem: await readFile(join(directory, '2025-01.pem'), 'utf8'),
    });
    await rm(join(directory, '2025-01.pem'));
    await writeFile(join(directory, '2025-01.jwk.json'), JSON.stringify(retired.publicJwk));

    const after = await loadKeyRingFromDirectory(directory);
    expect(after.activeKid).toBe('2025-07');
    expect(after.kids.sort()).toEqual(['2025-01', '2025-07']);
    expect(await verifyCertificateOffline(signedBefore, after.jwks())).toMatchObject({
      valid: true,
      kid: '2025-01',
    });
  });

  it('follows the ACTIVE file, and the caller over the file', async () => {
    await writeNewSigningKey(directory, { kid: 'b' });
    await writeNewSigningKey(directory, { kid: 'a' });
    expect((await loadKeyRingFromDirectory(directory)).activeKid).toBe('a');
    expect((await loadKeyRingFromDirectory(directory, { activeKid: 'b' })).activeKid).toBe('b');
    await rm(join(directory, ACTIVE_KID_FILE));
    expect((await loadKeyRingFromDirectory(directory)).activeKid).toBe('b');
  });

  it('says so when a directory holds no private key', async () => {
    expect((await keyRingErrorOf(() => loadKeyRingFromDirectory(directory))).code).toBe('NO_SIGNING_KEY');
  });
});

describe('loadKeyRingFromEnv', () => {
  it('is undefined when no key variable is set', async () => {
    expect(await loadKeyRingFromEnv({})).toBeUndefined();
  });

  it('reads a one-line PEM with escaped newlines', async () => {
    const generated = await generateSigningKey();
    const ring = await loadKeyRingFromEnv({
      CERTIFICATE_SIGNING_KEY: generated.privateKeyPem.replaceAll('\n', '\\n'),
      CERTIFICATE_SIGNING_KID: 'env-key',
    });
    expect(ring?.activeKid).toBe('env-key');
    expect(ring?.jwks().keys[0]?.x).toBe(generated.key.publicJwk.x);
  });

  it('reads a JWK set with a retired public key and an active private one', async () => {
    const old = await generateSigningKey('2025-01');
    const current = await generateSigningKey('2025-07');
    const ring = await loadKeyRingFromEnv({
      CERTIFICATE_SIGNING_JWKS: JSON.stringify({
        keys: [old.key.publicJwk, { ...(await exportJWK(current.key.privateKey!)), kid: '2025-07' }],
      }),
      CERTIFICATE_ACTIVE_KID: '2025-07',
    });
    expect(ring?.activeKid).toBe('2025-07');
    expect(ring?.jwks().keys.map((key) => key.kid)).toEqual(['2025-07', '2025-01']);
  });

  it('names the variable when the PEM has no key id', async () => {
    const generated = await generateSigningKey();
    const error = await keyRingErrorOf(() =>
      loadKeyRingFromEnv({ CERTIFICATE_SIGNING_KEY: generated.privateKeyPem }),
    );
    expect(error.message).toContain('CERTIFICATE_SIGNING_KID');
  });
});
