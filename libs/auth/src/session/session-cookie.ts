import { fastifyCookie } from '@fastify/cookie';
import { type IncomingHttpHeaders } from 'node:http';

/** The only thing the browser holds of a session: an opaque id, out of reach of the page's JavaScript. */
export const SESSION_COOKIE = 'vl_session';
/** Ties an OpenID Connect callback to the browser that started the sign-in. */
export const LOGIN_COOKIE = 'vl_login';
/** The header a cookie-authenticated state-changing request carries its session's CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CookieCarrier {
  readonly headers: IncomingHttpHeaders;
  readonly cookies?: Readonly<Record<string, string | undefined>>;
}

/** A cookie's value, from the parsed cookies when the plugin ran, else from the header. */
export function cookieValue(request: CookieCarrier, name: string): string | undefined {
  const parsed = request.cookies?.[name];
  if (parsed !== undefined) return parsed === '' ? undefined : parsed;
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  const value = fastifyCookie.parse(header)[name];
  return value === '' ? undefined : value;
}

export function isStateChanging(method: string | undefined): boolean {
  return !SAFE_METHODS.has((method ?? 'GET').toUpperCase());
}

export interface SessionCookieOptions {
  readonly httpOnly: true;
  readonly sameSite: 'lax';
  readonly path: string;
  readonly secure: boolean;
  readonly maxAge?: number;
}

/** httpOnly, SameSite=Lax; Secure over HTTPS, or always when the deployment says so (TLS ends at a proxy). */
export function sessionCookieOptions(
  secure: boolean,
  maxAgeSeconds?: number,
  path = '/',
): SessionCookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    path,
    secure,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: Math.max(0, Math.floor(maxAgeSeconds)) }),
  };
}
