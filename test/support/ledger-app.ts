import { mintDevelopmentToken } from '@vl/auth';
import { type LedgerConfig, loadConfig } from '@vl/config';
import { type Role } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { ReadModelStatus } from '@vl/read-model';
import { EVENT_STORE } from '@vl/platform';
import pg from 'pg';
import { type BootstrapOptions, createLedgerApp, type LedgerApp } from '../../apps/api/src/bootstrap.js';
import { testDatabaseUrl, uniqueSchema } from './infra.js';
import { checkAgainstDocument } from './openapi-contract.js';

export const TEST_SECRET = 'test-secret-for-volunteer-ledger-suites-0123456789';
/** Leaves AUTH_JWT_SECRET unset, so the development secret is in use (and development sign-in is on). */
export const WITH_DEVELOPMENT_SECRET: Readonly<Record<string, string>> = { AUTH_JWT_SECRET: '' };

export type Backend = 'pglite' | 'postgres';

export interface TestLedger {
  readonly url: string;
  readonly app: LedgerApp;
  readonly config: LedgerConfig;
  token(claims: {
    sub?: string;
    roles: Role[];
    org: string;
    volunteerId?: string;
    schoolId?: string;
  }): Promise<string>;
  close(): Promise<void>;
}

/** Starts the whole service on a real port: embedded PGlite in memory, or its own schema on PostgreSQL. */
export async function startTestLedger(
  backend: Backend,
  env: Record<string, string> = {},
  options: BootstrapOptions = {},
): Promise<TestLedger> {
  const schema = uniqueSchema('e2e');
  const databaseUrl = backend === 'postgres' ? testDatabaseUrl() : undefined;
  if (backend === 'postgres' && !databaseUrl) throw new Error('PostgreSQL is not available');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    DATABASE_SCHEMA: schema,
    AUTH_JWT_SECRET: TEST_SECRET,
    LEDGER_ROLES: 'api,projector',
    LOG_LEVEL: 'error',
    MIN_POSITION_WAIT_MS: '5000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const app = await createLedgerApp(config, { docsUi: false, ...options });
  return {
    url: app.url,
    app,
    config,
    token: ({ sub, ...claims }) =>
      mintDevelopmentToken(
        config.authJwtSecret ?? TEST_SECRET,
        { sub: sub ?? `user-${claims.roles.join('-')}`, ...claims },
        {
          ...(config.authIssuer === undefined ? {} : { issuer: config.authIssuer }),
          ...(config.authAudience === undefined ? {} : { audience: config.authAudience }),
        },
      ),
    async close() {
      await app.close();
      if (databaseUrl) await dropSchema(databaseUrl, schema);
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** The event store's head, read in process: the health route is rate-limited like every public one. */
export function storeHead(ledger: TestLedger): Promise<number> {
  return ledger.app.app.get<symbol, EventStore>(EVENT_STORE).headPosition();
}

/** Waits (bounded) until the read models have reached `position`, by default the store's head. */
export async function readModelCaughtUp(
  ledger: TestLedger,
  position?: number,
  timeoutMs = 10_000,
): Promise<void> {
  const target = position ?? (await storeHead(ledger));
  await ledger.app.app.get(ReadModelStatus).waitFor(target, timeoutMs);
}

/** A small HTTP client for the suites: JSON in, status and JSON out, bearer token and idempotency key. */
export class Http {
  constructor(
    private readonly baseUrl: string,
    private readonly bearer?: string,
    private readonly prefix = '/api/v1',
  ) {}

  as(token: string): Http {
    return new Http(this.baseUrl, token, this.prefix);
  }

  /** The same client for routes outside the API prefix, such as /.well-known/jwks.json. */
  atRoot(): Http {
    return new Http(this.baseUrl, this.bearer, '');
  }

  async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
    return this.send('POST', path, body, headers);
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    return this.send('GET', path, undefined, headers);
  }

  async send(
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
    init: { redirect?: 'follow' | 'manual' } = {},
  ): Promise<HttpResult> {
    const response = await fetch(`${this.baseUrl}${this.prefix}${path}`, {
      ...init,
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : typeof body === 'string' || body instanceof Uint8Array
            ? body
            : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    await checkAgainstDocument(
      this.baseUrl,
      method,
      `${this.prefix}${path}`,
      response.status,
      response.headers.get('content-type'),
      json,
    );
    return { status: response.status, headers: response.headers, body: json as Record<string, unknown> };
  }
}

export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}
