import { type IncomingHttpHeaders } from 'node:http';
import { type Actor } from '@vl/domain';
import { AuthenticationError } from './auth.errors.js';

/** The request fields the guard reads and writes, as both Fastify and Node requests have them. */
export interface AuthenticatedRequest {
  readonly headers: IncomingHttpHeaders;
  readonly ip?: string;
  readonly method?: string;
  /** Set by `@fastify/cookie`; read from the header when absent. */
  readonly cookies?: Readonly<Record<string, string | undefined>>;
  /** Set by `AuthGuard` once the token verifies. */
  actor?: Actor;
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i;

/** The token of an `Authorization: Bearer` header (RFC 6750 §2.1). */
export function bearerToken(headers: IncomingHttpHeaders): string {
  const header = headers.authorization;
  if (header === undefined || header.trim() === '') {
    throw new AuthenticationError('TOKEN_MISSING', 'an Authorization: Bearer header is required');
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined)
    throw new AuthenticationError('TOKEN_INVALID', 'the Authorization header must be "Bearer <token>"');
  return token;
}
