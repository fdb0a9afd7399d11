import { SignJWT, base64url, type JWTPayload } from 'jose';
import { AuthenticationError } from './auth.errors.js';
import { TokenVerifier } from './token-verifier.js';

const SECRET = 'a-development-secret-of-enough-length-0123456789';
const key = new TextEncoder().encode(SECRET);
const now = (): number => Math.floor(Date.now() / 1000);
const organizer = { roles: ['organizer'], org: 'hetang' };

function sign(payload: JWTPayload, options: { secret?: Uint8Array; alg?: string } = {}): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setSubject('user-1')
    .sign(options.secret ?? key);
}

const valid = (extra: JWTPayload = {}): Promise<string> => sign({ ...organizer, exp: now() + 600, ...extra });

async function failure(verifier: TokenVerifier, token: string): Promise<AuthenticationError> {
  const error: unknown = await verifier.verify(token).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AuthenticationError))
    throw new Error(`expected an AuthenticationError, got ${String(error)}`);
  return error;
}

describe('TokenVerifier with an HS256 secret', () => {
  const verifier = new TokenVerifier({ jwtSecret: SECRET });

  it('verifies a valid token into an actor', async () => {
    await expect(verifier.verify(await valid())).resolves.toEqual({
      sub: 'user-1',
      roles: ['organizer'],
      org: 'hetang',
    });
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await sign(
      { ...organizer, exp: now() + 600 },
      { secret: new TextEncoder().encode(`${SECRET}-forged`) },
    );
    expect(await failure(verifier, forged)).toMatchObject({
      code: 'TOKEN_INVALID',
      message: expect.stringMatching(/signature/),
    });
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await valid()).split('.');
    const payload = base64url.encode(
      JSON.stringify({ sub: 'user-1', roles: ['admin'], org: '*', exp: now() + 600 }),
    );
    expect((await failure(verifier, `${header}.${payload}.${signature}`)).code).toBe('TOKEN_INVALID');
  });

  it('refuses alg "none" with or without a signature', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(JSON.stringify({ sub: 'user-1', ...organizer, exp: now() + 600 }));
    expect((await failure(verifier, `${header}.${payload}.`)).code).toBe('TOKEN_INVALID');
    const signature = (await valid()).split('.')[2];
    expect((await failure(verifier, `${header}.${payload}.${signature}`)).code).toBe('TOKEN_INVALID');
  });

  it('refuses other HMAC algorithms, even with the right secret', async () => {
    const hs512 = await sign({ ...organizer, exp: now() + 600 }, { alg: 'HS512' });
    expect(await failure(verifier, hs512)).toMatchObject({
      code: 'TOKEN_INVALID',
      message: expect.stringMatching(/HS512/),
    });
  });

  it('refuses an expired token, and accepts one within the clock tolerance', async () => {
    expect(await failure(verifier, await valid({ exp: now() - 120 }))).toMatchObject({
      code: 'TOKEN_EXPIRED',
      claim: 'exp',
    });
    await expect(verifier.verify(await valid({ exp: now() - 10 }))).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('refuses a token that is not valid yet, and accepts one within the clock tolerance', async () => {
    expect(await failure(verifier, await valid({ nbf: now() + 300 }))).toMatchObject({
      code: 'TOKEN_NOT_YET_VALID',
    });
    await expect(verifier.verify(await valid({ nbf: now() + 10 }))).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('answers a token it verified before with the same frozen actor, and refuses it once expired', async () => {
    const strict = new TokenVerifier({ jwtSecret: SECRET, clockToleranceSeconds: 0 });
    const token = await valid({ exp: now() + 1 });
    const actor = await strict.verify(token);
    expect(await strict.verify(token)).toBe(actor);
    expect(Object.isFrozen(actor) && Object.isFrozen(actor.roles)).toBe(true);
    // A kept token is taken at its word only until its expiry: past it, it is refused as any expired one.
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp: number;
    };
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 20));
    expect(await failure(strict, token)).toMatchObject({ code: 'TOKEN_EXPIRED', claim: 'exp' });
  });

  it('keeps no token that failed: a forged twin of a verified token is still refused', async () => {
    const token = await valid();
    await verifier.verify(token);
    const [header, payload] = token.split('.');
    expect((await failure(verifier, `${header}.${payload}.${'A'.repeat(43)}`)).code).toBe('TOKEN_INVALID');
    expect((await failure(verifier, `${header}.${payload}.${'A'.repeat(43)}`)).code).toBe('TOKEN_INVALID');
  });

  it('refuses a token without an expiry', async () => {
    expect(await failure(verifier, await sign(organizer))).toMatchObject({
      code: 'CLAIMS_INVALID',
      claim: 'exp',
    });
  });

  it('refuses missing or invalid actor claims, naming the claim', async () => {
    expect(await failure(verifier, await valid({ roles: [] }))).toMatchObject({
      code: 'CLAIMS_INVALID',
      claim: 'roles',
    });
    expect(await failure(verifier, await valid({ org: undefined }))).toMatchObject({
      code: 'CLAIMS_INVALID',
      claim: 'org',
    });
    expect(await failure(verifier, await valid({ roles: ['volunteer'] }))).toMatchObject({
      claim: 'volunteerId',
    });
    const noSubject = await new SignJWT({ ...organizer, exp: now() + 600 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(key);
    expect(await failure(verifier, noSubject)).toMatchObject({ code: 'CLAIMS_INVALID', claim: 'sub' });
  });

  it('refuses an empty, malformed or oversized token', async () => {
    expect((await failure(verifier, '')).code).toBe('TOKEN_MISSING');
    expect((await failure(verifier, 'not.a.jwt')).code).toBe('TOKEN_INVALID');
    expect((await failure(verifier, 'garbage')).code).toBe('TOKEN_INVALID');
    expect((await failure(verifier, await valid({ padding: 'x'.repeat(10_000) }))).code).toBe(
      'TOKEN_INVALID',
    );
  });
});

describe('TokenVerifier with issuer and audience', () => {
  const verifier = new TokenVerifier({
    jwtSecret: SECRET,
    issuer: 'https://id.example',
    audience: 'volunteer-ledger',
  });
  const token = (iss: string | undefined, aud: string | undefined): Promise<string> =>
    valid({ ...(iss === undefined ? {} : { iss }), ...(aud === undefined ? {} : { aud }) });

  it('accepts the configured issuer and audience', async () => {
    await expect(
      verifier.verify(await token('https://id.example', 'volunteer-ledger')),
    ).resolves.toMatchObject({ org: 'hetang' });
  });

  it('refuses a wrong or missing issuer', async () => {
    expect(await failure(verifier, await token('https://evil.example', 'volunteer-ledger'))).toMatchObject({
      code: 'CLAIMS_INVALID',
      claim: 'iss',
    });
    expect(await failure(verifier, await token(undefined, 'volunteer-ledger'))).toMatchObject({
      claim: 'iss',
    });
  });

  it('refuses a wrong or missing audience', async () => {
    expect(await failure(verifier, await token('https://id.example', 'another-app'))).toMatchObject({
      code: 'CLAIMS_INVALID',
      claim: 'aud',
    });
    expect(await failure(verifier, await token('https://id.example', undefined))).toMatchObject({
      claim: 'aud',
    });
  });
});

describe('TokenVerifier configuration', () => {
  it('needs a secret or a key set, and a secret long enough for HS256', () => {
    expect(() => new TokenVerifier({})).toThrow(/jwtSecret|jwksUrl/);
    expect(() => new TokenVerifier({ jwtSecret: 'short' })).toThrow(/32/);
  });
});

describe('TokenVerifier with a maximum token lifetime', () => {
  const verifier = new TokenVerifier({ jwtSecret: SECRET, maxTokenLifetimeSeconds: 3600 });

  it('refuses a token living longer than the maximum, with or without iat', async () => {
    const issued = now();
    const longLived = await sign({ ...organizer, iat: issued, exp: issued + 3601 });
    expect(await failure(verifier, longLived)).toMatchObject({ code: 'CLAIMS_INVALID', claim: 'exp' });
    const absurd = await sign({ ...organizer, exp: now() + 31_000 * 365 * 24 * 3600 });
    expect(await failure(verifier, absurd)).toMatchObject({ code: 'CLAIMS_INVALID', claim: 'exp' });
  });

  it('accepts a token within the maximum', async () => {
    const issued = now();
    await expect(
      verifier.verify(await sign({ ...organizer, iat: issued, exp: issued + 3600 })),
    ).resolves.toMatchObject({
      sub: 'user-1',
    });
  });
});
