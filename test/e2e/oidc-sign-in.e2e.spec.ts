import { calculatePKCECodeChallenge, randomPKCECodeVerifier } from 'openid-client';
import { AccessWorld, SCHOOL } from '../support/access-world.js';
import { Browser, type BrowserResponse } from '../support/browser.js';
import {
  freePort,
  passProvider,
  startIdentityProvider,
  type TestIdentityProvider,
} from '../support/identity-provider.js';
import { startTestLedger, storeHead, type TestLedger } from '../support/ledger-app.js';

const HOST = '127.0.0.1';

/**
 * OpenID Connect sign-in against the certified oidc-provider, over real HTTP: the browser is walked through
 * the provider's own login and consent pages, and every redirect is followed by hand.
 */
describe('OpenID Connect sign-in over HTTP', () => {
  let provider: TestIdentityProvider;
  let ledger: TestLedger;
  let api: string;

  beforeAll(async () => {
    const port = await freePort();
    const redirectUri = `http://${HOST}:${port}/auth/callback`;
    provider = await startIdentityProvider(redirectUri);
    provider.accounts.set('zhang', {
      name: '张小青',
      roles: ['volunteer'],
      org: 'lianhua',
      volunteerId: 'v-self',
    });
    provider.accounts.set('hetang-admin', { name: '荷塘区管理员', roles: ['admin'], org: 'hetang' });
    provider.accounts.set('stranger', { name: '陌生人', roles: ['wizard'], org: 'lianhua' });
    ledger = await startTestLedger('pglite', { PORT: String(port), ...provider.env(redirectUri) });
    await AccessWorld.build(ledger);
    api = `${ledger.url}/api/v1`;
  });

  afterAll(async () => {
    await ledger?.close();
    await provider?.close();
  });

  /** Starts a sign-in at the ledger and returns where it sends the browser. */
  async function startLogin(browser: Browser, returnTo = '/ledger'): Promise<URL> {
    const response = await browser.get(`${ledger.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(response.status).toBe(302);
    return new URL(response.headers.get('location') ?? '');
  }

  async function signIn(browser: Browser, account: string): Promise<BrowserResponse> {
    const authorization = await startLogin(browser);
    const callback = await passProvider(browser, authorization.href, account);
    return browser.get(callback);
  }

  it('signs a person in with the authorization code, PKCE, state and nonce, and lands on returnTo', async () => {
    const browser = new Browser();
    const authorization = await startLogin(browser, '/ledger?year=2026');
    expect(authorization.origin).toBe(provider.issuer);
    const params = authorization.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(params.get('scope')).toBe('openid profile');
    const login = browser.cookie(HOST, 'vl_login');
    expect(login).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/auth/callback' });

    const callback = await passProvider(browser, authorization.href, 'zhang');
    expect(`${callback.origin}${callback.pathname}`).toBe(`${ledger.url}/auth/callback`);
    expect(callback.searchParams.get('code')).toBeTruthy();
    const landed = await browser.get(callback);
    expect(landed.status).toBe(302);
    expect(landed.headers.get('location')).toBe('/ledger?year=2026');
    expect(browser.cookie(HOST, 'vl_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(browser.cookie(HOST, 'vl_login')).toBeUndefined();

    const session = await browser.get(`${api}/session`);
    expect(session.json).toEqual({
      signedIn: true,
      csrfToken: expect.any(String),
      actor: { sub: 'zhang', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-self' },
      displayName: '张小青',
      method: 'oidc',
      expiresAt: expect.any(String),
    });
    // Nothing the provider issued reaches the page.
    expect(session.text).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/);
    expect(landed.text).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/);

    const balance = await browser.get(`${api}/volunteers/v-self/balance`);
    expect(balance.status).toBe(200);
    expect(balance.json).toMatchObject({ volunteerId: 'v-self' });

    const before = await storeHead(ledger);
    const withoutCsrf = await browser.postJson(`${api}/volunteers/v-self/consents`, { schoolId: SCHOOL });
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.json).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect(await storeHead(ledger)).toBe(before);
    const granted = await browser.postJson(
      `${api}/volunteers/v-self/consents`,
      { schoolId: SCHOOL },
      { 'x-csrf-token': session.json.csrfToken },
    );
    expect(granted.status).toBe(201);

    const signedOut = await browser.request('POST', `${api}/auth/sign-out`, {
      headers: { 'x-csrf-token': session.json.csrfToken },
    });
    expect(signedOut.status).toBe(204);
    expect((await browser.get(`${api}/volunteers/v-self/balance`)).status).toBe(401);
    expect((await browser.get(`${api}/session`)).json).toEqual({ signedIn: false, methods: ['oidc'] });
  });

  it('answers a callback once: replayed, it is refused', async () => {
    const browser = new Browser();
    const authorization = await startLogin(browser);
    const loginCookie = browser.cookie(HOST, 'vl_login')?.value ?? '';
    const callback = await passProvider(browser, authorization.href, 'hetang-admin');
    expect((await browser.get(callback)).status).toBe(302);
    const replay = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `vl_login=${loginCookie}` },
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ code: 'LOGIN_REQUEST_UNKNOWN' });
  });

  it('refuses a callback whose state was tampered with, and signs nobody in', async () => {
    const browser = new Browser();
    const authorization = await startLogin(browser);
    const callback = await passProvider(browser, authorization.href, 'zhang');
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const refused = await browser.get(callback);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.json).toMatchObject({ code: 'SIGN_IN_FAILED' });
    expect(browser.cookie(HOST, 'vl_session')).toBeUndefined();
  });

  it('refuses a code issued for another PKCE challenge', async () => {
    const browser = new Browser();
    const authorization = await startLogin(browser);
    // Someone swaps the challenge on the way to the provider: the code is then bound to their verifier.
    authorization.searchParams.set(
      'code_challenge',
      await calculatePKCECodeChallenge(randomPKCECodeVerifier()),
    );
    const callback = await passProvider(browser, authorization.href, 'zhang');
    const refused = await browser.get(callback);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 'SIGN_IN_FAILED' });
    expect(refused.json.detail).toContain('invalid_grant');
    expect(browser.cookie(HOST, 'vl_session')).toBeUndefined();
  });

  it('refuses a callback in a browser that did not start the sign-in', async () => {
    const victim = new Browser();
    const attacker = new Browser();
    const authorization = await startLogin(attacker);
    const callback = await passProvider(attacker, authorization.href, 'hetang-admin');
    const refused = await victim.get(callback);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 'LOGIN_REQUEST_UNKNOWN' });
    expect(victim.cookie(HOST, 'vl_session')).toBeUndefined();
  });

  it('sends a person’s browser back to the sign-in page with the reason when it fails', async () => {
    const browser = new Browser();
    const authorization = await startLogin(browser);
    const callback = await passProvider(browser, authorization.href, 'zhang');
    callback.searchParams.set('state', 'forged');
    const refused = await browser.get(callback, { accept: 'text/html,application/xhtml+xml' });
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/sign-in?error=SIGN_IN_FAILED');
  });

  it('refuses an identity whose claims are out of place', async () => {
    const browser = new Browser();
    const refused = await signIn(browser, 'stranger');
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ code: 'CLAIMS_INVALID' });
    expect(refused.json.detail).toContain('wizard');
    expect(browser.cookie(HOST, 'vl_session')).toBeUndefined();
  });

  it('lands only on paths of this site', async () => {
    const browser = new Browser();
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'ledger']) {
      const response = await browser.get(`${ledger.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
      expect({ returnTo, status: response.status, code: response.json?.code }).toEqual({
        returnTo,
        status: 400,
        code: 'RETURN_TO_INVALID',
      });
    }
    const withoutReturnTo = await browser.get(`${ledger.url}/auth/login`);
    const callback = await passProvider(
      browser,
      withoutReturnTo.headers.get('location') ?? '',
      'hetang-admin',
    );
    expect((await browser.get(callback)).headers.get('location')).toBe('/');
  });

  it('offers no development sign-in beside it while a real secret is set', async () => {
    const people = await new Browser().get(`${api}/auth/development/people`);
    expect(people.status).toBe(404);
  });
});

describe('OpenID Connect with claims named otherwise, and a provider that is away at first', () => {
  let provider: TestIdentityProvider | undefined;
  let ledger: TestLedger;
  let redirectUri: string;
  let providerPort: number;

  beforeAll(async () => {
    const port = await freePort();
    providerPort = await freePort();
    redirectUri = `http://${HOST}:${port}/auth/callback`;
    ledger = await startTestLedger('pglite', {
      PORT: String(port),
      AUTH_ISSUER: `http://${HOST}:${providerPort}`,
      OIDC_CLIENT_ID: 'volunteer-ledger',
      OIDC_CLIENT_SECRET: 'a-client-secret-for-the-ledger-test-suites',
      OIDC_REDIRECT_URI: redirectUri,
      OIDC_CLAIMS_MAPPING: 'roles=groups, org=department, schoolId=ledger.school_id, displayName=nickname',
    });
  });

  afterAll(async () => {
    await ledger?.close();
    await provider?.close();
  });

  it('answers 503 while the provider cannot be reached, and signs in once it is back', async () => {
    const browser = new Browser();
    const away = await browser.get(`${ledger.url}/auth/login`);
    expect(away.status).toBe(503);
    expect(away.json).toMatchObject({ code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
    expect(away.headers.get('retry-after')).toBe('5');

    provider = await startIdentityProvider(redirectUri, {
      port: providerPort,
      claimNames: ['groups', 'department', 'ledger', 'nickname'],
    });
    provider.accounts.set('no2-office', {
      groups: 'school',
      department: 'school-1',
      ledger: { school_id: 'school-1' },
      nickname: '一中教务处',
    });
    const authorization = await browser.get(`${ledger.url}/auth/login`);
    expect(authorization.status).toBe(302);
    const callback = await passProvider(browser, authorization.headers.get('location') ?? '', 'no2-office');
    expect((await browser.get(callback)).status).toBe(302);
    expect((await browser.get(`${ledger.url}/api/v1/session`)).json).toMatchObject({
      signedIn: true,
      actor: { sub: 'no2-office', roles: ['school'], org: 'school-1', schoolId: 'school-1' },
      displayName: '一中教务处',
    });
  });
});
