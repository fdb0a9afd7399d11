const BASE = 'http://ledger.invalid';
const MAX_LENGTH = 512;
const CONTROL_OR_BACKSLASH = /[\p{Cc}\\]/u;

/**
 * Where to land after sign-in: a path on this site only, so the sign-in cannot be used to send a person to
 * another site (an open redirect). Undefined when the value is not such a path.
 */
export function sameOriginPath(value: unknown): string | undefined {
  if (value === undefined) return '/';
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || CONTROL_OR_BACKSLASH.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
