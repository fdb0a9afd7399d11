import { type FastifyInstance } from 'fastify';
import { type LedgerMetrics } from './metrics/ledger-metrics.js';

/** Counts the requests in flight, so shutdown can say what it drained. */
export class InFlightRequests {
  private current = 0;
  private served = 0;

  get inFlight(): number {
    return this.current;
  }

  get total(): number {
    return this.served;
  }

  started(): void {
    this.current += 1;
  }

  finished(): void {
    this.current -= 1;
    this.served += 1;
  }
}

/**
 * One log line per request (method, route template, status, duration, correlation id), the request
 * histogram and the rate-limit refusals. The correlation id goes back to the caller as a header.
 */
export function observeRequests(
  fastify: FastifyInstance,
  metrics: LedgerMetrics,
  requests: InFlightRequests,
): void {
  fastify.addHook('onRequest', async (request, reply) => {
    requests.started();
    void reply.header('x-correlation-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    requests.finished();
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    const durationMs = reply.elapsedTime;
    metrics.httpRequests.observe(
      { method: request.method, route, status_code: String(status) },
      durationMs / 1000,
    );
    if (status === 429) metrics.rateLimitRefusals.inc({ route });
    const line = {
      method: request.method,
      route,
      url: request.url,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      correlationId: request.id,
    };
    const message = `${request.method} ${request.url} ${status} ${line.durationMs} ms`;
    if (status >= 500) request.log.error(line, message);
    else request.log.info(line, message);
  });
}
