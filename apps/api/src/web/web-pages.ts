import { Logger } from '@nestjs/common';
import fastifyStatic from '@fastify/static';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The page routes of apps/web (history mode): each answers index.html and the app routes in the browser. */
export const PAGE_ROUTES = [
  '/',
  '/sign-in',
  '/ledger',
  '/certificates',
  '/schools',
  '/check-in/:activityId',
  '/verify',
  '/verify/:code',
] as const;

/** The pages load nothing from elsewhere; Vant sets inline styles, ECharts draws on canvas. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built pages at `/`: hashed assets for a year, the page routes as index.html (never cached, so a
 * new build is picked up at once). The API, /docs and /.well-known stay the API's.
 */
export async function serveWebPages(app: NestFastifyApplication, webDir: string): Promise<boolean> {
  const root = resolve(webDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    new Logger('WebPages').warn(`No web pages at ${root} (npm run build makes them); serving the API only`);
    return false;
  }
  await app.register(fastifyStatic, {
    root: resolve(root, 'assets'),
    prefix: '/assets/',
    decorateReply: true,
    wildcard: true,
    index: false,
    serve: true,
    maxAge: '365d',
    immutable: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const page = (_request: unknown, reply: FastifyReply) =>
    reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .type('text/html; charset=utf-8')
      .sendFile('index.html', root, { cacheControl: false });
  for (const route of PAGE_ROUTES) fastify.get(route, page);
  for (const file of ['favicon.svg']) {
    if (existsSync(resolve(root, file)))
      fastify.get(`/${file}`, (_request, reply) => reply.sendFile(file, root, { cacheControl: false }));
  }
  return true;
}
