import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { type MetricsSetting } from '@vl/config';
import { problemTypeUri } from '../../shared/problem-types.js';
import { type LedgerMetrics } from './ledger-metrics.js';

/**
 * `/metrics` for Prometheus, never public by default: on a port of its own (bound to METRICS_HOST,
 * 127.0.0.1 unless set) or on the API port behind `Authorization: Bearer $METRICS_TOKEN`.
 * Answers nothing while neither is configured. Returns the separate server, when there is one.
 */
export async function serveMetrics(
  api: FastifyInstance,
  metrics: LedgerMetrics,
  setting: MetricsSetting | undefined,
): Promise<FastifyInstance | undefined> {
  if (setting === undefined) return undefined;
  const scrape = async (_request: FastifyRequest, reply: FastifyReply): Promise<string> => {
    const { contentType, body } = await metrics.exposition();
    void reply.header('content-type', contentType).header('cache-control', 'no-store');
    return body;
  };
  if (setting.kind === 'token') {
    const expected = Buffer.from(`Bearer ${setting.token}`);
    api.get('/metrics', async (request, reply) => {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply
          .status(401)
          .header('www-authenticate', 'Bearer')
          .header('content-type', 'application/problem+json; charset=utf-8')
          .send({
            type: problemTypeUri('UNAUTHENTICATED'),
            title: 'Authentication required',
            status: 401,
            detail: 'Metrics need the metrics bearer token',
            instance: request.url,
            code: 'UNAUTHENTICATED',
          });
      }
      return scrape(request, reply);
    });
    return undefined;
  }
  const server = Fastify({ logger: false });
  server.get('/metrics', scrape);
  await server.listen({ port: setting.port, host: setting.host });
  return server;
}
