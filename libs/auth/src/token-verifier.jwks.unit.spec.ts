import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  SignJWT,
  base64url,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import { AuthenticationError, KeySetUnavailableError } from './auth.errors.js';
import { TokenVerifier } from './token-verifier.js';

interface SigningKey {
  readonly alg: string;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

const ISSUER = 'https://id.example';
const AUDIENCE = 'volunteer-ledger';
const claims = { roles: ['admin'], org: 'zhuzhou' };
const now = (): number => Math.floor(Date.now() / 1000);

async function signingKey(alg: string, kid: string): Promise<SigningKey> {
  return { alg, kid, ...(await generateKeyPair(alg, { extractable: true })) };
}

function sign(key: SigningKey, payload: JWTPayload = {}, kid: string = key.kid): Promise<string> {
  return new SignJWT({ ...claims, iss: ISSUER, aud: AUDIENCE, exp: now() + 600, ...payload })
    .setProtectedHeader({ alg: key.alg, kid })
    .setSubject('admin-1')
    .sign(key.privateKey);
}

/** Serves a JSON Web Key Set on 127.0.0.1; `status` lets a test make it fail. */
async function serveKeySet(
  keys: JWK[],
): Promise<{ url: string; server: Server; requests: () => number; fail: (status: number) => void }> {
  let requests = 0;
  let status = 200;
  const server = createServer((request, response) => {
    requests += 1;
    if (request.url !== '/.well-known/jwks.json' || status !== 200) {
      response.writeHead(status === 200 ? 404 : status).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    server,
    requests: () => requests,
    fail: (next) => {
      status = next;
    },
  };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

async function failure(verifier: TokenVerifier, token: string): Promise<unknown> {
  return verifier.verify(token).then(
    () => new Error('expected the token to be refused'),
    (thrown: unknown) => thrown,
  );
}

describe('TokenVerifier with a remote JSON Web Key Set', () => {
  let es256: SigningKey;
  let eddsa: SigningKey;
  let rs256: SigningKey;
  let keySet: Awaited<ReturnType<typeof serveKeySet>>;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    [es256, eddsa, rs256] = await Promise.all([
      signingKey('ES256', 'es-1'),
      signingKey('EdDSA', 'ed-1'),
      signingKey('RS256', 'rs-1'),
    ]);
    const publicJwks = await Promise.all(
      [es256, eddsa, rs256].map(async (key) => ({
        ...(await exportJWK(key.publicKey)),
        kid: key.kid,
        alg: key.alg,
        use: 'sig',
      })),
    );
    keySet = await serveKeySet(publicJwks);
    verifier = new TokenVerifier({ jwksUrl: keySet.url, issuer: ISSUER, audience: AUDIENCE });
  });

  afterAll(async () => {
    await stop(keySet.server);
  });

  it.each(['ES256', 'EdDSA', 'RS256'])('verifies a %s token against the published key', async (alg) => {
    const key = [es256, eddsa, rs256].find((candidate) => candidate.alg === alg);
    if (key === undefined) throw new Error(`no ${alg} key`);
    await expect(verifier.verify(await sign(key))).resolves.toEqual({
      sub: 'admin-1',
      roles: ['admin'],
      org: 'zhuzhou',
    });
  });

  it('fetches the key set once and serves later tokens from its cache', async () => {
    const before = keySet.requests();
    await verifier.verify(await sign(es256));
    await verifier.verify(await sign(eddsa));
    expect(keySet.requests()).toBe(before);
  });

  it('refuses a token signed by a key outside the set, whatever kid it claims', async () => {
    const stranger = await signingKey('ES256', 'es-1');
    expect(await failure(verifier, await sign(stranger))).toMatchObject({ code: 'TOKEN_INVALID' });
    const unknownKid = await signingKey('ES256', 'es-unknown');
    expect(await failure(verifier, await sign(unknownKid))).toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses an HS256 token keyed with the published public key (algorithm confusion)', async () => {
    const publicPem = new TextEncoder().encode(await exportSPKI(rs256.publicKey));
    const confused = await new SignJWT({ ...claims, iss: ISSUER, aud: AUDIENCE, exp: now() + 600 })
      .setProtectedHeader({ alg: 'HS256', kid: rs256.kid })
      .setSubject('admin-1')
      .sign(publicPem);
    const error = await failure(verifier, confused);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringMatching(/HS256/) });
  });

  it('refuses alg "none"', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', kid: es256.kid }));
    const payload = base64url.encode(
      JSON.stringify({ sub: 'admin-1', ...claims, iss: ISSUER, aud: AUDIENCE, exp: now() + 600 }),
    );
    expect(await failure(verifier, `${header}.${payload}.`)).toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses a wrong issuer or audience and an expired token', async () => {
    expect(await failure(verifier, await sign(es256, { iss: 'https://evil.example' }))).toMatchObject({
      claim: 'iss',
    });
    expect(await failure(verifier, await sign(eddsa, { aud: 'another-app' }))).toMatchObject({
      claim: 'aud',
    });
    expect(await failure(verifier, await sign(rs256, { exp: now() - 600 }))).toMatchObject({
      code: 'TOKEN_EXPIRED',
    });
  });

  it('accepts HS256 as well when a secret is configured beside the key set', async () => {
    const secret = 'a-development-secret-of-enough-length-0123456789';
    const both = new TokenVerifier({ jwksUrl: keySet.url, jwtSecret: secret });
    const hs256 = await new SignJWT({ ...claims, exp: now() + 600 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dev')
      .sign(new TextEncoder().encode(secret));
    await expect(both.verify(hs256)).resolves.toMatchObject({ sub: 'dev' });
    await expect(both.verify(await sign(es256))).resolves.toMatchObject({ sub: 'admin-1' });
  });
});

describe('TokenVerifier when the key set is unavailable', () => {
  it('reports an unreachable key set as unavailable, not as a bad token', async () => {
    const gone = await serveKeySet([]);
    const url = gone.url;
    await stop(gone.server);
    const key = await signingKey('ES256', 'es-1');
    const error = await failure(new TokenVerifier({ jwksUrl: url }), await sign(key));
    expect(error).toBeInstanceOf(KeySetUnavailableError);
  });

  it('reports a failing key set endpoint as unavailable', async () => {
    const broken = await serveKeySet([]);
    broken.fail(500);
    try {
      const key = await signingKey('EdDSA', 'ed-1');
      expect(await failure(new TokenVerifier({ jwksUrl: broken.url }), await sign(key))).toBeInstanceOf(
        KeySetUnavailableError,
      );
    } finally {
      await stop(broken.server);
    }
  });
});
