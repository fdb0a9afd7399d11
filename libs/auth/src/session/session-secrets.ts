import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh 256-bit random value, base64url: session ids, CSRF tokens, login request ids. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a session id: a leaked table names no usable session. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Compares in constant time, so a guesser learns nothing from how long a refusal takes. */
export function secretsEqual(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
