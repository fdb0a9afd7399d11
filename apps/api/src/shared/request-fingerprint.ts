import { hash } from 'node:crypto';
import { MAX_BODY_DEPTH } from './json-body.js';
import { HttpProblem } from './problem.js';

export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The hash of a request body, the same for the same JSON in any key order. */
export function requestHash(body: unknown): string {
  // A file sent as the body (an import) is hashed as its bytes.
  if (body instanceof Uint8Array) return hash('sha256', body, 'hex');
  return sha256(canonicalJson(body ?? null));
}

/**
 * JSON with object keys sorted, so the same body in another key order counts as the same request. The walk
 * is bounded: a body deeper than the parser admits is refused, never a stack overflow.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_BODY_DEPTH) {
    throw new HttpProblem(
      400,
      'BODY_TOO_DEEP',
      'The request body is nested too deeply',
      `JSON may nest at most ${MAX_BODY_DEPTH} levels`,
    );
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What names one idempotent request: who sends it, to which route and URL, under which key. */
export interface IdempotencyKeyParts {
  readonly sub: string;
  readonly method: string;
  readonly route: string;
  readonly url: string;
  readonly key: string;
}

export function idempotencyKeySeed({ sub, method, route, url, key }: IdempotencyKeyParts): string {
  return `${sub}\n${method} ${route}\n${url}\n${key}`;
}

/** The primary key of a request's claim in `api_idempotency`. */
export function idempotencyKeyHash(parts: IdempotencyKeyParts): string {
  return sha256(idempotencyKeySeed(parts));
}
