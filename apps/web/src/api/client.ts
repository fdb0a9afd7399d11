import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
/** An RFC 9457 problem detail as the API answers it. */
export type ProblemBody = Schemas['Problem'];
/** Who is signed in (with the CSRF token), or the sign-in methods offered. */
export type SessionAnswer = Schemas['SessionAnswer'];

let csrfToken: string | undefined;
let clockOffsetMs = 0;

/** The session's CSRF token, sent on every state-changing call the cookie authenticates. */
export function useCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Now by the server's clock, as its last answer's Date header told (to the second). */
export function serverNow(): Date {
  return new Date(Date.now() + clockOffsetMs);
}

// Every call asks for JSON; downloads (CSV, XLSX, PDF) are links, so only the JSON bodies are typed here.
export const api = createClient<paths, `${string}/json`>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});

api.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) {
      request.headers.set('x-csrf-token', csrfToken);
    }
    return request;
  },
  onResponse({ response }) {
    const date = response.headers.get('date');
    const parsed = date ? Date.parse(date) : Number.NaN;
    if (!Number.isNaN(parsed)) clockOffsetMs = parsed - Date.now();
    return undefined;
  },
});

/** What a page shows when a call fails: the API's problem detail, or that the network failed. */
export type Problem = ProblemBody | { code: 'NETWORK'; title: string; detail: string; status: 0 };

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

function asProblem(error: unknown, response: Response): Problem {
  if (error && typeof error === 'object' && 'code' in error && 'status' in error) return error as ProblemBody;
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: typeof error === 'string' ? error : '',
    instance: response.url,
    code: response.status >= 500 ? 'INTERNAL' : `HTTP_${response.status}`,
  };
}

/** Awaits a call: its data, or a ProblemError carrying the problem detail (or the network failure). */
export async function answer<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new ProblemError({
      code: 'NETWORK',
      title: 'Network error',
      detail: error instanceof Error ? error.message : String(error),
      status: 0,
    });
  }
  if (!result.response.ok) throw new ProblemError(asProblem(result.error, result.response));
  return result.data as T;
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  return {
    code: 'NETWORK',
    title: 'Error',
    detail: error instanceof Error ? error.message : String(error),
    status: 0,
  };
}
