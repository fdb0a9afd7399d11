import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

const CORRELATION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's correlation id: the caller's `X-Correlation-Id` when it is well formed, else a new UUID.
 * It is Fastify's request id, so the request's log line and the events it appends carry the same one.
 */
export function correlationIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const header = request.headers['x-correlation-id'];
  return typeof header === 'string' && CORRELATION_PATTERN.test(header) ? header : randomUUID();
}
