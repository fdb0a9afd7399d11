import { EventStoreUnavailableError } from './unavailable-error.js';

/** Socket errors that mean the server cannot be reached right now. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/** SQLSTATEs of a server that is shutting down, starting up or full. Class 08 is checked separately. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres reports a dropped or never-opened connection only through these messages. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
  /pglite is closed/i,
];

/** Duck-typed: errors raised by Node's sockets may come from another realm (a vm context), failing instanceof. */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))
  ) {
    return true;
  }
  // Connecting to a host name with several addresses reports an AggregateError of the attempts.
  if (Array.isArray(errors) && errors.some(isConnectionFailure)) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** Connection failures become EventStoreUnavailableError (a 503 at the edge); anything else is kept as is. */
export function mapConnectionError(error: unknown): unknown {
  if (error instanceof EventStoreUnavailableError || !isConnectionFailure(error)) return error;
  return new EventStoreUnavailableError(
    `Database unavailable: ${String((error as { message?: unknown }).message)}`,
    {
      cause: error,
    },
  );
}
