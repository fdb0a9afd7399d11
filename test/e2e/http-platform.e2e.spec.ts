import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startTestLedger, type TestLedger } from '../support/ledger-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCHOOL_SITE = 'https://verifier.school.example.cn';
const ADMIN_SITE = 'https://admin.ledger.example.cn';

/** Headers, CORS, methods and media types as a browser or a client generator meets them. */
describe('the HTTP platform', () => {
  let ledger: TestLedger;
  let token: string;

  beforeAll(async () => {
    ledger = await startTestLedger('pglite', { CORS_ORIGINS: ADMIN_SITE }, { docsUi: true });
    token = await ledger.token({ sub: 'root', roles: ['admin'], org: '*' });
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const at = (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${ledger.url}${path}`, init);

  it('sends the security headers on every answer, errors included', async () => {
    for (const path of ['/api/v1/health', '/api/v1/nowhere', '/docs', '/.well-known/jwks.json']) {
      const response = await at(path);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('lets any origin read a certificate answer and the key set, without credentials', async () => {
    const jwks = await at('/.well-known/jwks.json', { headers: { origin: SCHOOL_SITE } });
    expect(jwks.status).toBe(200);
    expect(jwks.headers.get('access-control-allow-origin')).toBe('*');
    expect(jwks.headers.get('access-control-allow-credentials')).toBeNull();

    const certificate = await at('/api/v1/certificates/K7M2Q9RXH4TD', { headers: { origin: SCHOOL_SITE } });
    expect(certificate.headers.get('access-control-allow-origin')).toBe('*');

    const preflight = await at('/api/v1/certificates/K7M2Q9RXH4TD', {
      method: 'OPTIONS',
      headers: { origin: SCHOOL_SITE, 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers no other origin on the rest of the API, and the configured ones only', async () => {
    const stranger = await at('/api/v1/policies', {
      headers: { origin: SCHOOL_SITE, authorization: `Bearer ${token}` },
    });
    expect(stranger.status).toBe(200);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();

    const strangerPreflight = await at('/api/v1/organizations', {
      method: 'OPTIONS',
      headers: { origin: SCHOOL_SITE, 'access-control-request-method': 'POST' },
    });
    expect(strangerPreflight.headers.get('access-control-allow-origin')).toBeNull();

    const listed = await at('/api/v1/organizations', {
      method: 'OPTIONS',
      headers: {
        origin: ADMIN_SITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,idempotency-key',
      },
    });
    expect(listed.status).toBe(204);
    expect(listed.headers.get('access-control-allow-origin')).toBe(ADMIN_SITE);
    expect(listed.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    expect(listed.headers.get('vary')).toContain('Origin');
  });

  it('answers 405 with Allow for a wrong method on a known path, 404 for an unknown path', async () => {
    const wrong = await at('/api/v1/organizations', {
      method: 'GET',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(((await wrong.json()) as { code: string }).code).toBe('METHOD_NOT_ALLOWED');

    const withParameter = await at('/api/v1/volunteers/v1/balance', { method: 'DELETE' });
    expect(withParameter.status).toBe(405);
    expect(withParameter.headers.get('allow')).toBe('GET, HEAD, OPTIONS');

    const unknown = await at('/api/v1/volunteers/v1/nothing-here', { method: 'DELETE' });
    expect(unknown.status).toBe(404);
  });

  it('refuses a body that is not JSON with 415, and writes nothing', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const response = await at('/api/v1/organizations', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
        body: 'id=x&name=y&kind=city',
      });
      expect(response.status).toBe(415);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(((await response.json()) as { code: string }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const after = await at('/api/v1/organizations', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'x', name: 'y', kind: 'city' }),
    });
    expect(after.status).toBe(201);
  });

  it('keeps personal answers out of every cache, and lets the key set be cached', async () => {
    const balance = await at('/api/v1/volunteers/v1/balance', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(balance.headers.get('cache-control')).toBe('no-store');
    const refused = await at('/api/v1/volunteers/v1/balance');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const jwks = await at('/.well-known/jwks.json');
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=300');
  });

  const withChromium = existsSync(CHROMIUM) ? it : it.skip;
  withChromium('renders Swagger UI at /docs and /docs/ in Chromium under the policy', async () => {
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      for (const path of ['/docs', '/docs/']) {
        const page = await browser.newPage();
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
        });
        await page.goto(`${ledger.url}${path}`);
        await page.locator('.swagger-ui .info .title').waitFor({ timeout: 30_000 });
        expect(await page.locator('.swagger-ui .info .title').innerText()).toContain('volunteer-ledger');
        expect(await page.locator('.opblock').count()).toBeGreaterThan(10);
        expect(violations).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
