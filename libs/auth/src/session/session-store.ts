import { type Actor } from '@vl/domain';
import { actorFromClaims } from '../actor-claims.js';
import { AuthenticationError } from '../auth.errors.js';
import { randomSecret, secretHash } from './session-secrets.js';

export const SIGN_IN_METHODS = ['development', 'oidc'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** The SQL the store needs; the service's SQL client (PGlite or PostgreSQL) fits it. */
export interface SessionSql {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ readonly rows: Row[]; readonly rowCount: number }>;
}

export interface SessionSettings {
  readonly idleTimeoutSeconds: number;
  readonly absoluteTimeoutSeconds: number;
  /** Sessions opened by a method no longer enabled (development sign-in after a real secret is set) end. */
  readonly acceptedMethods: readonly SignInMethod[];
  readonly now?: () => Date;
}

export interface Session {
  readonly actor: Actor;
  readonly displayName: string;
  readonly method: SignInMethod;
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** A new session: the id goes to the browser's cookie once and is never stored. */
export interface OpenedSession extends Session {
  readonly id: string;
}

export interface LoginRequest {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

interface SessionRow {
  method: string;
  actor: unknown;
  display_name: string;
  csrf_token: string;
  created_at: Date | string;
  last_seen_at: Date | string;
  idle_expires_at: Date | string;
  expires_at: Date | string;
}

const LOGIN_REQUEST_SECONDS = 10 * 60;
// Idle expiry moves with use, but not with every request: one write a minute at most.
const MAX_TOUCH_INTERVAL_MS = 60_000;

/**
 * Server-side sessions of the pages (backend-for-frontend), in the service's SQL database so they survive a
 * restart. Ids are 256-bit random values stored only as hashes; each session has its own CSRF token.
 */
export class SessionStore {
  private readonly now: () => Date;

  constructor(
    private readonly sql: SessionSql,
    readonly settings: SessionSettings,
  ) {
    this.now = settings.now ?? (() => new Date());
  }

  async open(actor: Actor, displayName: string, method: SignInMethod): Promise<OpenedSession> {
    const now = this.now();
    const id = randomSecret();
    const csrfToken = randomSecret();
    const expiresAt = new Date(now.getTime() + this.settings.absoluteTimeoutSeconds * 1000);
    const idleExpiresAt = this.idleExpiry(now, expiresAt);
    await this.sql.query(`delete from auth_sessions where idle_expires_at < $1`, [now.toISOString()]);
    await this.sql.query(
      `insert into auth_sessions (id_hash, method, actor, display_name, csrf_token, created_at, last_seen_at,
         idle_expires_at, expires_at)
       values ($1, $2, $3, $4, $5, $6, $6, $7, $8)`,
      [
        secretHash(id),
        method,
        JSON.stringify(actor),
        displayName,
        csrfToken,
        now.toISOString(),
        idleExpiresAt.toISOString(),
        expiresAt.toISOString(),
      ],
    );
    return { id, actor, displayName, method, csrfToken, createdAt: now, expiresAt };
  }

  /** The live session of an id, with its idle expiry moved on; refused when unknown or ended. */
  async authenticate(id: string): Promise<Session> {
    const idHash = secretHash(id);
    const { rows } = await this.sql.query<SessionRow>(
      `select method, actor, display_name, csrf_token, created_at, last_seen_at, idle_expires_at, expires_at
       from auth_sessions where id_hash = $1`,
      [idHash],
    );
    const row = rows[0];
    if (row === undefined) throw new AuthenticationError('SESSION_INVALID', 'the session is unknown');
    const now = this.now();
    const method = row.method as SignInMethod;
    if (!this.settings.acceptedMethods.includes(method)) {
      await this.end(id);
      throw new AuthenticationError('SESSION_EXPIRED', `${method} sign-in is no longer enabled`);
    }
    const expiresAt = new Date(row.expires_at);
    if (now >= expiresAt || now >= new Date(row.idle_expires_at)) {
      await this.end(id);
      throw new AuthenticationError('SESSION_EXPIRED', 'the session has ended; sign in again');
    }
    const lastSeen = new Date(row.last_seen_at).getTime();
    if (now.getTime() - lastSeen >= this.touchIntervalMs()) {
      await this.sql.query(
        `update auth_sessions set last_seen_at = $2, idle_expires_at = $3 where id_hash = $1`,
        [idHash, now.toISOString(), this.idleExpiry(now, expiresAt).toISOString()],
      );
    }
    return {
      actor: actorFromClaims(row.actor as Record<string, unknown>),
      displayName: row.display_name,
      method,
      csrfToken: row.csrf_token,
      createdAt: new Date(row.created_at),
      expiresAt,
    };
  }

  /** As `authenticate`, answering undefined instead of refusing. */
  async find(id: string): Promise<Session | undefined> {
    try {
      return await this.authenticate(id);
    } catch (error) {
      if (error instanceof AuthenticationError) return undefined;
      throw error;
    }
  }

  async end(id: string): Promise<void> {
    await this.sql.query(`delete from auth_sessions where id_hash = $1`, [secretHash(id)]);
  }

  /** Keeps what an OpenID Connect sign-in needs back at the callback; the id goes to the login cookie. */
  async saveLoginRequest(request: LoginRequest): Promise<string> {
    const now = this.now();
    const id = randomSecret();
    await this.sql.query(`delete from auth_login_requests where expires_at < $1`, [now.toISOString()]);
    await this.sql.query(
      `insert into auth_login_requests (id_hash, state, nonce, code_verifier, return_to, expires_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        secretHash(id),
        request.state,
        request.nonce,
        request.codeVerifier,
        request.returnTo,
        new Date(now.getTime() + LOGIN_REQUEST_SECONDS * 1000).toISOString(),
      ],
    );
    return id;
  }

  /** The login request of an id, removed as it is read: a callback is answered once. */
  async takeLoginRequest(id: string): Promise<LoginRequest | undefined> {
    const { rows } = await this.sql.query<{
      state: string;
      nonce: string;
      code_verifier: string;
      return_to: string;
      expires_at: Date | string;
    }>(
      `delete from auth_login_requests where id_hash = $1
       returning state, nonce, code_verifier, return_to, expires_at`,
      [secretHash(id)],
    );
    const row = rows[0];
    if (row === undefined || new Date(row.expires_at) <= this.now()) return undefined;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
  }

  private idleExpiry(now: Date, expiresAt: Date): Date {
    const idle = now.getTime() + this.settings.idleTimeoutSeconds * 1000;
    return new Date(Math.min(idle, expiresAt.getTime()));
  }

  private touchIntervalMs(): number {
    return Math.min(MAX_TOUCH_INTERVAL_MS, (this.settings.idleTimeoutSeconds * 1000) / 4);
  }
}
