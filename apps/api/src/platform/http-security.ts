import cors, { type FastifyCorsOptions } from '@fastify/cors';
import helmet, { type HelmetOptions } from 'helmet';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { emptyDictionary } from '@vl/domain';

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

/** helmet's options for every answer (the pages override the policy, the referrer rule and caching). */
export const SECURITY_HEADERS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
};

/** Security headers on every answer, and CORS: open for the public answers, a configured list elsewhere. */
export async function registerHttpSecurity(
  fastify: FastifyInstance,
  options: { readonly corsOrigins: readonly string[] },
): Promise<void> {
  const securityHeaders = helmetHeaders(SECURITY_HEADERS);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(securityHeaders);
    done();
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

/**
 * The headers helmet sets with these options, asked of it once. With no directive computed per request they
 * are the same on every answer, so each answer gets them from one frozen record in a single call instead of
 * helmet's chain of middleware, which was about 7% of a balance read's work on the server.
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers = emptyDictionary<string>();
  const recorder = {
    setHeader(name: string, value: unknown): void {
      if (typeof value !== 'string') throw new Error(`helmet set ${name} to a value that is not text`);
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string): void {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    finished = true;
    failure = error;
  });
  if (!finished) throw new Error('helmet did not set its headers at once');
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  return Object.freeze(headers);
}
