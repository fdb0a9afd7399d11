import { SignJWT, type JWTPayload } from 'jose';
import { AccessWorld, OUT_OF_SCOPE_SCHOOL, SCHOOL } from '../support/access-world.js';
import { Http, startTestLedger, TEST_SECRET, type TestLedger } from '../support/ledger-app.js';

const ISSUER = 'https://id.example.test';
const AUDIENCE = 'volunteer-ledger';
const encoder = new TextEncoder();

interface TokenOptions {
  readonly secret?: string;
  readonly issuer?: string | null;
  readonly audience?: string | null;
  readonly expiresAt?: number | null;
  readonly notBefore?: number;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

async function sign(claims: JWTPayload, options: TokenOptions = {}): Promise<string> {
  let token = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  const issuer = options.issuer === undefined ? ISSUER : options.issuer;
  const audience = options.audience === undefined ? AUDIENCE : options.audience;
  const expiresAt = options.expiresAt === undefined ? nowSeconds() + 600 : options.expiresAt;
  if (issuer !== null) token = token.setIssuer(issuer);
  if (audience !== null) token = token.setAudience(audience);
  if (expiresAt !== null) token = token.setExpirationTime(expiresAt);
  if (options.notBefore !== undefined) token = token.setNotBefore(options.notBefore);
  return token.sign(encoder.encode(options.secret ?? TEST_SECRET));
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

const ADMIN = { sub: 'district-admin', roles: ['admin'], org: 'hetang' };

/**
 * Tokens that must not get in, over real HTTP: each answers 401 (who are you?) or 403 (not you) with a
 * problem-details body, and a refused write appends nothing.
 */
describe('authentication over HTTP', () => {
  let ledger: TestLedger;
  let world: AccessWorld;
  let anonymous: Http;

  beforeAll(async () => {
    // Room for every refused token below before the last test exhausts the budget on purpose.
    ledger = await startTestLedger('pglite', {
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      RATE_LIMITS: 'auth-failure=25/600',
      AUTH_MAX_TOKEN_LIFETIME_SECONDS: '86400',
    });
    anonymous = new Http(ledger.url);
    world = await AccessWorld.buildWith(ledger, await sign({ sub: 'root', roles: ['admin'], org: '*' }));
  });

  afterAll(async () => {
    await ledger?.close();
  });

  async function expectRefusedWrite(token: string, status: number, code: string): Promise<void> {
    const before = await world.storePosition();
    const response = await anonymous.as(token).post('/organizations', {
      id: world.uniqueId('org'),
      name: '新社区',
      kind: 'community',
      parentId: 'yuetang',
    });
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await world.storePosition()).toBe(before);
  }

  it('lets a well-formed token with the right issuer and audience write', async () => {
    const response = await anonymous.as(await sign(ADMIN)).post('/organizations', {
      id: world.uniqueId('org'),
      name: '新社区',
      kind: 'community',
      parentId: 'yuetang',
    });
    expect(response.status).toBe(201);
  });

  it.each([
    [
      'a signature made with another secret',
      () => sign(ADMIN, { secret: 'another-secret-that-is-long-enough-0123456789' }),
      'TOKEN_INVALID',
    ],
    ['a signature cut off', async () => (await sign(ADMIN)).replace(/\.[^.]+$/, '.'), 'TOKEN_INVALID'],
    [
      'alg none',
      () =>
        Promise.resolve(
          `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...ADMIN, iss: ISSUER, aud: AUDIENCE, exp: nowSeconds() + 600 })}.`,
        ),
      'TOKEN_INVALID',
    ],
    ['an expired token', () => sign(ADMIN, { expiresAt: nowSeconds() - 3600 }), 'TOKEN_EXPIRED'],
    ['a token not yet valid', () => sign(ADMIN, { notBefore: nowSeconds() + 3600 }), 'TOKEN_NOT_YET_VALID'],
    ['a token without an expiry', () => sign(ADMIN, { expiresAt: null }), 'CLAIMS_INVALID'],
    ['the wrong audience', () => sign(ADMIN, { audience: 'another-service' }), 'CLAIMS_INVALID'],
    ['no audience', () => sign(ADMIN, { audience: null }), 'CLAIMS_INVALID'],
    ['the wrong issuer', () => sign(ADMIN, { issuer: 'https://evil.example.test' }), 'CLAIMS_INVALID'],
    ['no roles', () => sign({ sub: 'x', org: 'hetang' }), 'CLAIMS_INVALID'],
    ['an unknown role', () => sign({ sub: 'x', roles: ['superuser'], org: 'hetang' }), 'CLAIMS_INVALID'],
    ['no org', () => sign({ sub: 'x', roles: ['admin'] }), 'CLAIMS_INVALID'],
    ['no subject', () => sign({ roles: ['admin'], org: 'hetang' }), 'CLAIMS_INVALID'],
    [
      'a volunteer without volunteerId',
      () => sign({ sub: 'x', roles: ['volunteer'], org: 'lianhua' }),
      'CLAIMS_INVALID',
    ],
    [
      'a school without schoolId',
      () => sign({ sub: 'x', roles: ['school'], org: 'school-1' }),
      'CLAIMS_INVALID',
    ],
    [
      'an org with SQL in it',
      () => sign({ sub: 'x', roles: ['admin'], org: "' OR 1=1 --" }),
      'CLAIMS_INVALID',
    ],
    ['garbage', () => Promise.resolve('not-a-jwt'), 'TOKEN_INVALID'],
  ] as const)('refuses %s with 401 and writes nothing', async (_, token, code) => {
    await expectRefusedWrite(await token(), 401, code);
  });

  it('refuses a missing or malformed Authorization header with 401', async () => {
    const missing = await anonymous.post('/organizations', {
      id: 'x',
      name: 'x',
      kind: 'community',
      parentId: 'yuetang',
    });
    expect({ status: missing.status, code: missing.body.code }).toEqual({
      status: 401,
      code: 'TOKEN_MISSING',
    });
    const basic = await anonymous.post(
      '/organizations',
      { id: 'x', name: 'x', kind: 'city' },
      { authorization: 'Basic cm9vdDpyb290' },
    );
    expect(basic.status).toBe(401);
    expect(basic.headers.get('content-type')).toContain('application/problem+json');
  });

  it("refuses a volunteer's token for another volunteer's records with 403", async () => {
    const other = await world.volunteer('in');
    const mine = await world.volunteer('in');
    const token = await sign({ sub: 'v-user', roles: ['volunteer'], org: 'lianhua', volunteerId: mine });
    const read = await anonymous.as(token).get(`/volunteers/${other}/balance`);
    expect({ status: read.status, code: read.body.code }).toEqual({ status: 403, code: 'NOT_IN_SCOPE' });
    const activityId = await world.activity('in');
    const before = await world.storePosition();
    const checkIn = await anonymous
      .as(token)
      .post(`/activities/${activityId}/check-ins`, { volunteerId: other, at: world.at(-200), method: 'qr' });
    expect(checkIn.status).toBe(403);
    expect(checkIn.headers.get('content-type')).toContain('application/problem+json');
    expect(await world.storePosition()).toBe(before);
    const own = await anonymous.as(token).get(`/volunteers/${mine}/balance`);
    expect(own.status).toBe(200);
  });

  it("refuses a school token whose schoolId lies outside its org's subtree", async () => {
    await world.caughtUp();
    const path = `/schools/${OUT_OF_SCOPE_SCHOOL}/students/credits?requiredMinutes=60`;
    const lying = await sign({
      sub: 'school-a',
      roles: ['school'],
      org: SCHOOL,
      schoolId: OUT_OF_SCOPE_SCHOOL,
    });
    const refused = await anonymous.as(lying).get(path);
    expect({ status: refused.status, code: refused.body.code, field: refused.body.field }).toEqual({
      status: 401,
      code: 'CLAIMS_INVALID',
      field: 'schoolId',
    });
    const honest = await sign({
      sub: 'school-3',
      roles: ['school'],
      org: OUT_OF_SCOPE_SCHOOL,
      schoolId: OUT_OF_SCOPE_SCHOOL,
    });
    expect((await anonymous.as(honest).get(path)).status).toBe(200);
    const fromAbove = await sign({ sub: 'school-1b', roles: ['school'], org: 'lianhua', schoolId: SCHOOL });
    expect(
      (await anonymous.as(fromAbove).get(`/schools/${SCHOOL}/students/credits?requiredMinutes=60`)).status,
    ).toBe(200);
  });

  it('refuses a sub with direction overrides, and a lifetime over AUTH_MAX_TOKEN_LIFETIME_SECONDS', async () => {
    const bidi = await sign({ ...ADMIN, sub: 'admin\u202Egnp.exe' });
    const read = await anonymous.as(bidi).get('/policies');
    expect({ status: read.status, code: read.body.code, field: read.body.field }).toEqual({
      status: 401,
      code: 'CLAIMS_INVALID',
      field: 'sub',
    });
    const forever = await sign(ADMIN, { expiresAt: nowSeconds() + 31_000 * 365 * 24 * 3600 });
    const answer = await anonymous.as(forever).get('/policies');
    expect({ status: answer.status, code: answer.body.code, field: answer.body.field }).toEqual({
      status: 401,
      code: 'CLAIMS_INVALID',
      field: 'exp',
    });
    expect((await anonymous.as(await sign(ADMIN)).get('/policies')).status).toBe(200);
  });

  it('answers repeated authentication failures with 429 and Retry-After, even for a valid token', async () => {
    const forged = await sign(ADMIN, { secret: 'another-secret-that-is-long-enough-0123456789' });
    let limited = undefined as Awaited<ReturnType<Http['get']>> | undefined;
    for (let attempt = 0; attempt < 40 && limited === undefined; attempt += 1) {
      const response = await anonymous.as(forged).get('/volunteers/v-self/balance');
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(401);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited?.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const valid = await anonymous.as(await sign(ADMIN)).get('/volunteers/v-self/balance');
    expect(valid.status).toBe(429);
  });
});
