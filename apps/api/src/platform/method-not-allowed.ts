import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { type FastifyInstance } from 'fastify';
import { problemTypeUri } from '../shared/problem-types.js';

const METHODS: readonly HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * A known path asked with a method it does not take answers 405 with `Allow`, not 404. A second router
 * mirrors the routes as they are registered, so a path with parameters is matched as Fastify matches it.
 * Call before the routes are registered.
 */
export function answerWrongMethodWith405(fastify: FastifyInstance): void {
  const mirror = FindMyWay({ ignoreTrailingSlash: false });
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (!METHODS.includes(method as HTTPMethod) || route.url === '*') continue;
      if (mirror.hasRoute(method as HTTPMethod, route.url)) continue;
      mirror.on(method as HTTPMethod, route.url, () => undefined);
    }
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== undefined) return;
    const path = request.url.split('?')[0] ?? '/';
    const allowed = METHODS.filter((method) => mirror.find(method, path) !== null);
    if (allowed.length === 0 || allowed.includes(request.method as HTTPMethod)) return;
    const allow = [...allowed, 'OPTIONS'].join(', ');
    await reply
      .status(405)
      .header('allow', allow)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({
        type: problemTypeUri('METHOD_NOT_ALLOWED'),
        title: 'The method is not allowed on this path',
        status: 405,
        detail: `${request.method} is not allowed on ${path}; allowed: ${allow}`,
        instance: request.url,
        code: 'METHOD_NOT_ALLOWED',
      });
  });
}
