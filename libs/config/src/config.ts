import { ConfigError } from './config-error.js';
import { parseSignInConfig, type SignInConfig } from './sign-in-config.js';

/** The environment, parsed once at start-up into a typed, validated configuration. */
export const LEDGER_ROLE_NAMES = ['api', 'projector', 'publisher'] as const;
export type LedgerRole = (typeof LEDGER_ROLE_NAMES)[number];

export interface LedgerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** The schema the SQL event store and read models live in. */
  readonly databaseSchema: string;
  readonly eventStoreUrl: string | undefined;
  readonly kafkaBrokers: string[] | undefined;
  readonly authJwtSecret: string | undefined;
  readonly authJwksUrl: string | undefined;
  readonly authIssuer: string | undefined;
  readonly authAudience: string | undefined;
  /** How long one fetch of the JWKS may take before requests answer 503 KEY_SET_UNAVAILABLE. */
  readonly authJwksTimeoutMs: number;
  /** The longest lifetime (`exp` after `iat`, or after now) a token may claim; unlimited when unset. */
  readonly authMaxTokenLifetimeSeconds: number | undefined;
  readonly timezone: string;
  readonly roles: ReadonlySet<LedgerRole>;
  readonly logFormat: 'json' | 'pretty';
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** How long a read with `minPosition` waits for the projector before answering 503. */
  readonly minPositionWaitMs: number;
  /** The directory of versioned policy files (points, honours, credits). */
  readonly policiesDir: string;
  /** The built web pages (apps/web) the api app serves at `/`; none are served when it holds no index.html. */
  readonly webDir: string;
  /**
   * Where the certificate signing keys live; a first key is created there on first start. Undefined for an
   * in-memory data directory, where a key is generated for the life of the process.
   */
  readonly certificateKeysDir: string | undefined;
  /** Signing keys given as variables instead (CERTIFICATE_SIGNING_JWKS / _KEY / _KID, CERTIFICATE_ACTIVE_KID). */
  readonly certificateSigningEnv: Readonly<Record<string, string | undefined>>;
  /** The public address certificates' QR codes point to; the request's own host when unset. */
  readonly publicBaseUrl: string | undefined;
  /** The HMAC key of kiosk check-in codes, from KIOSK_CODE_SECRET; else kept in kioskCodeKeyFile. */
  readonly kioskCodeSecret: string | undefined;
  /** Where a kiosk code key is created on first start (DATA_DIR/kiosk-code.key); none in memory. */
  readonly kioskCodeKeyFile: string | undefined;
  /** PERSONAL_DATA_MASTER_KEY (base64, 32 bytes): wraps each person's data key. */
  readonly personalDataMasterKey: string | undefined;
  /** PERSONAL_DATA_RETIRED_KEYS: earlier master keys, still unwrapping until every key is re-wrapped. */
  readonly personalDataRetiredKeys: string | undefined;
  /** Where a master key is created on first start without PERSONAL_DATA_MASTER_KEY; none in memory. */
  readonly personalDataKeyFile: string | undefined;
  /** Rate limits by group name, overriding the built-in defaults for the groups named. */
  readonly rateLimits: Readonly<Record<string, RateLimitSetting>>;
  /** Sessions of the pages, development sign-in and OpenID Connect. */
  readonly signIn: SignInConfig;
  /** Browser origins allowed to call the API cross-origin (CORS); none by default. */
  readonly corsOrigins: readonly string[];
  /** Readiness turns `degraded` when the oldest event the read models lack has waited longer. */
  readonly readModelLagLimitSeconds: number;
  /** Where `/metrics` is served; undefined while metrics are off. */
  readonly metrics: MetricsSetting | undefined;
}

/** `/metrics` on a separate port (never the public one), or on the API port behind a bearer token. */
export type MetricsSetting =
  | { readonly kind: 'port'; readonly port: number; readonly host: string }
  | { readonly kind: 'token'; readonly token: string };

export interface RateLimitSetting {
  readonly limit: number;
  readonly windowSeconds: number;
}

export { ConfigError } from './config-error.js';

type Env = Readonly<Record<string, string | undefined>>;

const DEVELOPMENT_SECRET = 'volunteer-ledger-development-secret-change-me';

export function loadConfig(env: Env = process.env): LedgerConfig {
  const roles = parseRoles(env.LEDGER_ROLES);
  const authJwksUrl = optional(env.AUTH_JWKS_URL);
  if (authJwksUrl !== undefined) parseUrl('AUTH_JWKS_URL', authJwksUrl, ['http:', 'https:']);
  const authJwtSecret = optional(env.AUTH_JWT_SECRET) ?? (authJwksUrl ? undefined : DEVELOPMENT_SECRET);
  if (authJwtSecret !== undefined && authJwtSecret.length < 32) {
    throw new ConfigError('AUTH_JWT_SECRET', 'must be at least 32 characters for HS256');
  }
  const databaseUrl = optional(env.DATABASE_URL);
  if (databaseUrl !== undefined) parseUrl('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']);
  const eventStoreUrl = optional(env.EVENTSTORE_URL);
  if (eventStoreUrl !== undefined) parseUrl('EVENTSTORE_URL', eventStoreUrl, ['esdb:', 'esdb+discover:']);
  const timezone = optional(env.LEDGER_TIMEZONE) ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new ConfigError('LEDGER_TIMEZONE', `"${timezone}" is not an IANA time zone`);
  }
  const schema = optional(env.DATABASE_SCHEMA) ?? 'ledger';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError('DATABASE_SCHEMA', 'must be a lower-case SQL identifier');
  }
  const dataDir = optional(env.DATA_DIR) ?? './data';
  const publicBaseUrl = optional(env.PUBLIC_BASE_URL);
  const kioskCodeSecret = optional(env.KIOSK_CODE_SECRET);
  if (kioskCodeSecret !== undefined && kioskCodeSecret.length < 32) {
    throw new ConfigError('KIOSK_CODE_SECRET', 'must be at least 32 characters');
  }
  if (publicBaseUrl !== undefined) parseUrl('PUBLIC_BASE_URL', publicBaseUrl, ['http:', 'https:']);
  return {
    port: parseInteger('PORT', env.PORT, 3000, 0, 65535),
    host: optional(env.HOST) ?? '0.0.0.0',
    dataDir,
    databaseUrl,
    databaseSchema: schema,
    eventStoreUrl,
    kafkaBrokers: parseBrokers(env.KAFKA_BROKERS),
    authJwtSecret,
    authJwksUrl,
    authIssuer: optional(env.AUTH_ISSUER),
    authAudience: optional(env.AUTH_AUDIENCE),
    authJwksTimeoutMs: parseInteger('AUTH_JWKS_TIMEOUT_MS', env.AUTH_JWKS_TIMEOUT_MS, 5000, 100, 60000),
    authMaxTokenLifetimeSeconds:
      optional(env.AUTH_MAX_TOKEN_LIFETIME_SECONDS) === undefined
        ? undefined
        : parseInteger(
            'AUTH_MAX_TOKEN_LIFETIME_SECONDS',
            env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
            0,
            60,
            31_536_000,
          ),
    timezone,
    roles,
    logFormat: parseChoice(
      'LOG_FORMAT',
      env.LOG_FORMAT,
      ['json', 'pretty'] as const,
      optional(env.NODE_ENV) === 'production' ? 'json' : 'pretty',
    ),
    logLevel: parseChoice('LOG_LEVEL', env.LOG_LEVEL, ['error', 'warn', 'log', 'debug'] as const, 'log'),
    minPositionWaitMs: parseInteger('MIN_POSITION_WAIT_MS', env.MIN_POSITION_WAIT_MS, 5000, 0, 60000),
    policiesDir: optional(env.POLICIES_DIR) ?? './policies',
    webDir: optional(env.WEB_DIR) ?? './dist/web',
    rateLimits: parseRateLimits(env.RATE_LIMITS),
    certificateKeysDir:
      optional(env.CERTIFICATE_KEYS_DIR) ??
      (dataDir.startsWith('memory://') ? undefined : `${dataDir.replace(/\/+$/, '')}/certificate-keys`),
    certificateSigningEnv: {
      CERTIFICATE_SIGNING_JWKS: env.CERTIFICATE_SIGNING_JWKS,
      CERTIFICATE_SIGNING_KEY: env.CERTIFICATE_SIGNING_KEY,
      CERTIFICATE_SIGNING_KID: env.CERTIFICATE_SIGNING_KID,
      CERTIFICATE_ACTIVE_KID: env.CERTIFICATE_ACTIVE_KID,
    },
    publicBaseUrl: publicBaseUrl?.replace(/\/+$/, ''),
    signIn: parseSignInConfig(env, authJwtSecret === DEVELOPMENT_SECRET),
    kioskCodeSecret,
    kioskCodeKeyFile: dataDir.startsWith('memory://')
      ? undefined
      : `${dataDir.replace(/\/+$/, '')}/kiosk-code.key`,
    personalDataMasterKey: optional(env.PERSONAL_DATA_MASTER_KEY),
    personalDataRetiredKeys: optional(env.PERSONAL_DATA_RETIRED_KEYS),
    personalDataKeyFile: dataDir.startsWith('memory://')
      ? undefined
      : `${dataDir.replace(/\/+$/, '')}/personal-data.key`,
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    metrics: parseMetrics(env),
    readModelLagLimitSeconds: parseInteger(
      'HEALTH_READ_MODEL_LAG_SECONDS',
      env.HEALTH_READ_MODEL_LAG_SECONDS,
      60,
      0,
      86400,
    ),
  };
}

/** `https://a.example,https://b.example`: exact origins, scheme and host (and port) only. */
function parseOrigins(raw: string | undefined): string[] {
  const value = optional(raw);
  if (value === undefined) return [];
  return value.split(',').map((item) => {
    const origin = item.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin such as https://school.example.cn`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin such as https://school.example.cn`);
    }
    return origin;
  });
}

function parseMetrics(env: Env): MetricsSetting | undefined {
  const token = optional(env.METRICS_TOKEN);
  const portValue = optional(env.METRICS_PORT);
  if (token !== undefined && portValue !== undefined) {
    throw new ConfigError('METRICS_TOKEN', 'set either METRICS_PORT or METRICS_TOKEN, not both');
  }
  if (token !== undefined) {
    if (token.length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
    return { kind: 'token', token };
  }
  if (portValue === undefined) return undefined;
  return {
    kind: 'port',
    port: parseInteger('METRICS_PORT', portValue, 9464, 0, 65535),
    host: optional(env.METRICS_HOST) ?? '127.0.0.1',
  };
}

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parseInteger(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = optional(raw);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(name, `"${value}" is not a whole number`);
  const parsed = Number(value);
  if (parsed < min || parsed > max) throw new ConfigError(name, `must be between ${min} and ${max}`);
  return parsed;
}

function parseChoice<T extends string>(
  name: string,
  raw: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  const value = optional(raw);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigError(name, `"${value}" is not one of ${choices.join(', ')}`);
  }
  return value as T;
}

function parseUrl(name: string, value: string, protocols: string[]): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}`);
  }
}

function parseRoles(raw: string | undefined): ReadonlySet<LedgerRole> {
  const value = optional(raw);
  if (value === undefined) return new Set(LEDGER_ROLE_NAMES);
  const roles = value.split(',').map((role) => role.trim());
  for (const role of roles) {
    if (!(LEDGER_ROLE_NAMES as readonly string[]).includes(role)) {
      throw new ConfigError('LEDGER_ROLES', `"${role}" is not one of ${LEDGER_ROLE_NAMES.join(', ')}`);
    }
  }
  return new Set(roles as LedgerRole[]);
}

function parseBrokers(raw: string | undefined): string[] | undefined {
  const value = optional(raw);
  if (value === undefined) return undefined;
  const brokers = value.split(',').map((broker) => broker.trim());
  for (const broker of brokers) {
    if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(broker)) {
      throw new ConfigError('KAFKA_BROKERS', `"${broker}" is not host:port`);
    }
  }
  return brokers;
}

/** `group=limit/seconds,…`, e.g. `auth-failure=10/60,certificate-verification=30/60`. */
function parseRateLimits(raw: string | undefined): Record<string, RateLimitSetting> {
  const value = optional(raw);
  if (value === undefined) return {};
  const limits = Object.create(null) as Record<string, RateLimitSetting>;
  for (const item of value.split(',')) {
    const match = /^\s*([a-z][a-z0-9-]{0,39})=(\d{1,7})\/(\d{1,6})\s*$/.exec(item);
    if (!match?.[1] || !match[2] || !match[3]) {
      throw new ConfigError('RATE_LIMITS', `"${item.trim()}" is not group=limit/seconds`);
    }
    const limit = Number(match[2]);
    const windowSeconds = Number(match[3]);
    if (limit < 1 || windowSeconds < 1) {
      throw new ConfigError('RATE_LIMITS', `"${item.trim()}" needs a limit and a window of at least 1`);
    }
    limits[match[1]] = { limit, windowSeconds };
  }
  return limits;
}
