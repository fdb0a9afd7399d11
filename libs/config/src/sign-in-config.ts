import { ConfigError } from './config-error.js';

/** How people sign in to the pages: server-side sessions, development sign-in, OpenID Connect. */
export interface SignInConfig {
  /** Development sign-in (a list of the ledger's people) is on exactly while the development secret is in use. */
  readonly developmentSignIn: boolean;
  /** OpenID Connect sign-in, when AUTH_ISSUER and the OIDC_* client settings are given. */
  readonly oidc: OidcConfig | undefined;
  readonly session: SessionConfig;
}

export interface SessionConfig {
  /** A session unused for this long ends (SESSION_IDLE_TIMEOUT_SECONDS). */
  readonly idleTimeoutSeconds: number;
  /** A session ends this long after sign-in however busy it is (SESSION_ABSOLUTE_TIMEOUT_SECONDS). */
  readonly absoluteTimeoutSeconds: number;
  /** Marks the cookie `Secure` on plain-HTTP requests too (COOKIE_SECURE), as behind a TLS-terminating proxy. */
  readonly cookieSecure: boolean;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly scopes: string;
  readonly claimsMapping: ClaimsMapping;
}

/** Which claim of the identity provider carries each ledger claim; a dotted name reaches into an object. */
export interface ClaimsMapping {
  readonly roles: string;
  readonly org: string;
  readonly volunteerId: string;
  readonly schoolId: string;
  readonly displayName: string;
}

export const DEFAULT_CLAIMS_MAPPING: ClaimsMapping = {
  roles: 'roles',
  org: 'org',
  volunteerId: 'volunteerId',
  schoolId: 'schoolId',
  displayName: 'name',
};

const OIDC_CLIENT_VARIABLES = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Env = Readonly<Record<string, string | undefined>>;

export function parseSignInConfig(env: Env, usesDevelopmentSecret: boolean): SignInConfig {
  const idleTimeoutSeconds = parseSeconds(env, 'SESSION_IDLE_TIMEOUT_SECONDS', 2 * 3600);
  const absoluteTimeoutSeconds = parseSeconds(env, 'SESSION_ABSOLUTE_TIMEOUT_SECONDS', 12 * 3600);
  if (absoluteTimeoutSeconds < idleTimeoutSeconds) {
    throw new ConfigError(
      'SESSION_ABSOLUTE_TIMEOUT_SECONDS',
      `must not be shorter than SESSION_IDLE_TIMEOUT_SECONDS (${idleTimeoutSeconds})`,
    );
  }
  return {
    developmentSignIn: usesDevelopmentSecret,
    oidc: parseOidc(env),
    session: {
      idleTimeoutSeconds,
      absoluteTimeoutSeconds,
      cookieSecure: parseBoolean(env, 'COOKIE_SECURE', false),
    },
  };
}

function parseOidc(env: Env): OidcConfig | undefined {
  const named = OIDC_CLIENT_VARIABLES.filter((name) => optional(env[name]) !== undefined);
  const mapping = optional(env.OIDC_CLAIMS_MAPPING);
  const scopes = optional(env.OIDC_SCOPES);
  if (named.length === 0) {
    if (mapping !== undefined || scopes !== undefined) {
      const variable = mapping !== undefined ? 'OIDC_CLAIMS_MAPPING' : 'OIDC_SCOPES';
      throw new ConfigError(variable, `needs ${OIDC_CLIENT_VARIABLES.join(', ')} and AUTH_ISSUER`);
    }
    return undefined;
  }
  const missing = OIDC_CLIENT_VARIABLES.find((name) => optional(env[name]) === undefined);
  if (missing !== undefined) {
    throw new ConfigError(missing, `is required for OpenID Connect sign-in (${named.join(', ')} given)`);
  }
  const issuer = optional(env.AUTH_ISSUER);
  if (issuer === undefined) {
    throw new ConfigError('AUTH_ISSUER', 'is required for OpenID Connect sign-in: the identity provider');
  }
  checkServerUrl('AUTH_ISSUER', issuer);
  const redirectUri = optional(env.OIDC_REDIRECT_URI) as string;
  const redirect = checkServerUrl('OIDC_REDIRECT_URI', redirectUri);
  if (redirect.pathname !== '/auth/callback' || redirect.search !== '' || redirect.hash !== '') {
    throw new ConfigError(
      'OIDC_REDIRECT_URI',
      'must be this service’s /auth/callback, e.g. https://ledger.example.cn/auth/callback',
    );
  }
  const scopeList = (scopes ?? 'openid profile').split(/\s+/);
  if (!scopeList.includes('openid')) throw new ConfigError('OIDC_SCOPES', 'must include openid');
  if (!scopeList.every((scope) => /^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope))) {
    throw new ConfigError('OIDC_SCOPES', 'must be scope names separated by spaces');
  }
  return {
    issuer,
    clientId: optional(env.OIDC_CLIENT_ID) as string,
    clientSecret: optional(env.OIDC_CLIENT_SECRET) as string,
    redirectUri,
    scopes: scopeList.join(' '),
    claimsMapping: parseClaimsMapping(mapping),
  };
}

/**
 * `ledgerClaim=providerClaim,…`, e.g. `roles=groups,org=department,volunteerId=ext.volunteer_id`.
 * Claims not named keep their default names.
 */
export function parseClaimsMapping(raw: string | undefined): ClaimsMapping {
  const mapping: Record<keyof ClaimsMapping, string> = { ...DEFAULT_CLAIMS_MAPPING };
  if (raw === undefined) return mapping;
  const seen = new Set<string>();
  for (const item of raw.split(',')) {
    const match = /^\s*([A-Za-z]+)\s*=\s*([^\s,=]{1,200})\s*$/.exec(item);
    const key = match?.[1];
    const claim = match?.[2];
    if (key === undefined || claim === undefined) {
      throw new ConfigError('OIDC_CLAIMS_MAPPING', `"${item.trim()}" is not ledgerClaim=providerClaim`);
    }
    if (!Object.hasOwn(DEFAULT_CLAIMS_MAPPING, key)) {
      throw new ConfigError(
        'OIDC_CLAIMS_MAPPING',
        `"${key}" is not one of ${Object.keys(DEFAULT_CLAIMS_MAPPING).join(', ')}`,
      );
    }
    if (seen.has(key)) throw new ConfigError('OIDC_CLAIMS_MAPPING', `names "${key}" twice`);
    seen.add(key);
    mapping[key as keyof ClaimsMapping] = claim;
  }
  return mapping;
}

/** https, or http on a loopback address (a provider on the same machine, as in development and tests). */
function checkServerUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url;
  throw new ConfigError(name, 'must use https (http only on localhost, 127.0.0.1 or [::1])');
}

function parseSeconds(env: Env, name: string, fallback: number): number {
  const value = optional(env[name]);
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new ConfigError(name, `"${value}" is not a whole number of seconds`);
  const seconds = Number(value);
  if (seconds < 1 || seconds > 90 * 24 * 3600) throw new ConfigError(name, 'must be between 1 and 7776000');
  return seconds;
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = optional(env[name]);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(name, `"${value}" is not true or false`);
}

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
