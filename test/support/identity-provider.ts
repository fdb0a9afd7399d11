import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { type Browser, type BrowserResponse } from './browser.js';

export const OIDC_CLIENT_ID = 'volunteer-ledger';
export const OIDC_CLIENT_SECRET = 'a-client-secret-for-the-ledger-test-suites';
/** An account every test provider knows: the system administrator. */
export const PROVIDER_ROOT_ACCOUNT = 'ledger-root';

export interface TestIdentityProvider {
  readonly issuer: string;
  /** The claims the provider releases for an account, by account id (the login typed in). */
  readonly accounts: Map<string, Record<string, unknown>>;
  /** The settings that point a ledger at this provider. */
  env(redirectUri: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * The certified `oidc-provider` on a random local port, with its development login and consent pages: any
 * login with any password signs in as the account of that id. The ledger's claims ride in the `profile`
 * scope, so they come in the userinfo answer (the provider keeps the ID token to the standard claims).
 */
/** A provider and a ledger pointed at it: the ledger's port is chosen first, as the redirect URI names it. */
export async function identityProviderForLedger(): Promise<{
  provider: TestIdentityProvider;
  env: Record<string, string>;
}> {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/auth/callback`;
  const provider = await startIdentityProvider(redirectUri);
  return { provider, env: { PORT: String(port), ...provider.env(redirectUri) } };
}

export async function startIdentityProvider(
  redirectUri: string,
  options: { claimNames?: readonly string[]; port?: number } = {},
): Promise<TestIdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Record<string, unknown>>([
    [PROVIDER_ROOT_ACCOUNT, { name: '系统管理员', roles: ['admin'], org: '*' }],
  ]);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const configuration: Configuration = {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: {
      openid: ['sub'],
      profile: [
        'name',
        'preferred_username',
        ...(options.claimNames ?? ['roles', 'org', 'volunteerId', 'schoolId']),
      ],
    },
    findAccount: (_context, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...accounts.get(id) }),
    }),
    pkce: { required: () => true },
    cookies: { keys: ['identity-provider-test-cookie-key-0123456789'] },
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  };
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());
  return {
    issuer,
    accounts,
    env: (uri) => ({
      AUTH_ISSUER: issuer,
      OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET,
      OIDC_REDIRECT_URI: uri,
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A port free right now, for a service whose own address must be configured before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * Walks a browser through the provider from its authorization URL: follows redirects, fills in the login
 * form with the account id (and a password), accepts the consent form, and stops at the first redirect
 * that leaves the provider (to the ledger's callback), which it returns unvisited.
 */
export async function passProvider(
  browser: Browser,
  authorizationUrl: string,
  account: string,
): Promise<URL> {
  let response = await browser.get(authorizationUrl);
  const origin = new URL(authorizationUrl).origin;
  for (let step = 0; step < 20; step++) {
    const location = response.headers.get('location');
    if (location !== null) {
      const next = new URL(location, response.url);
      if (next.origin !== origin) return next;
      response = await browser.get(next);
      continue;
    }
    if (response.status !== 200)
      throw new Error(`the provider answered ${response.status}: ${response.text.slice(0, 300)}`);
    response = await submitForm(browser, response, account);
  }
  throw new Error('the provider never sent the browser back');
}

async function submitForm(
  browser: Browser,
  page: BrowserResponse,
  account: string,
): Promise<BrowserResponse> {
  const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(page.text);
  if (form?.[1] === undefined || form[2] === undefined) throw new Error(`no form on ${page.url.href}`);
  const fields = new URLSearchParams();
  for (const input of form[2].matchAll(/<input[^>]*name="([^"]+)"[^>]*>/gi)) {
    const name = input[1] ?? '';
    const value = /value="([^"]*)"/i.exec(input[0])?.[1];
    fields.set(name, name === 'login' ? account : name === 'password' ? 'any password' : (value ?? ''));
  }
  return browser.request('POST', new URL(form[1].replaceAll('&amp;', '&'), page.url), {
    body: fields,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}
