import cors, { type FastifyCorsOptions } from '@fastify/cors';
import helmet from 'helmet';
import { type FastifyInstance, type FastifyRequest } from 'fastify';

/** Answers anyone may read from any origin: a certificate's public verification and the signing keys. */
const CROSS_ORIGIN_PUBLIC = [/^\/api\/v1\/certificates\/[^/]+(\/pdf)?$/, /^\/\.well-known\/jwks\.json$/];

export function isCrossOriginPublic(request: Pick<FastifyRequest, 'url'>): boolean {
  const path = request.url.split('?')[0] ?? '';
  return CROSS_ORIGIN_PUBLIC.some((pattern) => pattern.test(path));
}

/**
 * The same-origin pages (Swagger UI at /docs, the single-page app at /) load their scripts and styles from
 * this origin. Inline styles stay allowed: Swagger UI's page and Vant's components set style attributes.
 * QR codes are data: images. Nothing may frame the pages.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Off: on plain-HTTP deployments (a local start) it would send the pages' own requests to https.
  upgradeInsecureRequests: null,
};

/** Security headers on every answer, and CORS: open for the public answers, a configured list elsewhere. */
export async function registerHttpSecurity(
  fastify: FastifyInstance,
  options: { readonly corsOrigins: readonly string[] },
): Promise<void> {
  // Built once: the headers are the same on every answer (the Fastify plugin builds helmet per request).
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
  });
  const closed: FastifyCorsOptions = { origin: false };
  const listed: FastifyCorsOptions = {
    origin: [...options.corsOrigins],
    credentials: false,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-correlation-id', 'accept'],
    exposedHeaders: ['x-correlation-id', 'x-next-cursor', 'retry-after', 'location'],
    maxAge: 600,
    strictPreflight: false,
  };
  const open: FastifyCorsOptions = {
    origin: '*',
    credentials: false,
    methods: ['GET', 'HEAD'],
    allowedHeaders: ['accept'],
    maxAge: 86400,
    strictPreflight: false,
  };
  await fastify.register(cors, {
    delegator: (request, callback) => {
      if (isCrossOriginPublic(request)) callback(null, open);
      else callback(null, options.corsOrigins.length > 0 ? listed : closed);
    },
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (isCrossOriginPublic(request)) reply.header('cross-origin-resource-policy', 'cross-origin');
    // Answers under the API speak of people and are never kept by a shared cache, unless a route says so.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
