import { Logger } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import send from '@fastify/send';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import { extname, resolve } from 'node:path';

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
  '/organizer/activities/:activityId',
  '/organizer/activities',
  '/organizer/review',
  '/organizer/activities/:activityId/paper-sheet',
  '/admin/dashboard',
  '/school',
  '/admin/audit',
  '/admin/audit/volunteers/:volunteerId',
  '/admin/award-integrity',
  '/admin/organizations',
  '/admin/volunteers/:volunteerId',
  '/me/data',
  '/admin/personal-data-reads',
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

const PAGE_HEADERS = {
  'cache-control': 'no-cache',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Encodings the build leaves beside each asset (scripts/build-web.mjs), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built pages at `/`: the hashed assets for a year (brotli or gzip when the browser takes it),
 * the page routes as index.html, never cached so a new build shows at once. The API, /docs, /.well-known
 * and /auth stay the API's. Files go out through @fastify/send (ETag, Last-Modified, ranges, 304s).
 */
export function serveWebPages(app: NestFastifyApplication, webDir: string): boolean {
  const root = resolve(webDir);
  const assets = resolve(root, 'assets');
  if (!existsSync(resolve(root, 'index.html'))) {
    new Logger('WebPages').warn(`No web pages at ${root} (npm run build makes them); serving the API only`);
    return false;
  }
  // Only the files the build wrote are served: nothing outside, nothing added later by a path trick.
  const built = new Set(existsSync(assets) ? readdirSync(assets) : []);
  const fastify = app.getHttpAdapter().getInstance();

  async function sendFile(
    request: FastifyRequest,
    reply: FastifyReply,
    folder: string,
    file: string,
    headers: Record<string, string>,
    options: send.SendOptions,
  ): Promise<FastifyReply> {
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find(
      (candidate) => built.has(`${file}${candidate.suffix}`) && accepted.includes(candidate.name),
    );
    const result = await send(request.raw, `/${file}${encoding?.suffix ?? ''}`, {
      root: folder,
      dotfiles: 'deny',
      index: false,
      ...options,
    });
    if (result.type !== 'file' && result.statusCode !== 304) {
      result.stream.destroy();
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    }
    void reply.code(result.statusCode).headers(result.headers).headers(headers);
    if (built.has(`${file}.br`) || built.has(`${file}.gz`)) void reply.header('vary', 'accept-encoding');
    if (encoding) {
      void reply
        .header('content-encoding', encoding.name)
        .header('content-type', send.mime.getType(extname(file)) ?? 'application/octet-stream');
    }
    return reply.send(result.stream);
  }

  fastify.get<{ Params: { file: string } }>('/assets/:file', (request, reply) => {
    const file = request.params.file;
    if (!built.has(file) || file.endsWith('.br') || file.endsWith('.gz')) {
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    }
    return sendFile(request, reply, assets, file, {}, { maxAge: '365d', immutable: true });
  });
  const page = (request: FastifyRequest, reply: FastifyReply) =>
    sendFile(request, reply, root, 'index.html', PAGE_HEADERS, { cacheControl: false });
  for (const route of PAGE_ROUTES) fastify.get(route, page);
  if (existsSync(resolve(root, 'favicon.svg'))) {
    fastify.get('/favicon.svg', (request, reply) =>
      sendFile(request, reply, root, 'favicon.svg', {}, { maxAge: '1d' }),
    );
  }
  return true;
}
