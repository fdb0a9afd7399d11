import { Logger } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import send from '@fastify/send';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import {
  FIRST_VIEW_DATA_ID,
  firstViewMarkup,
  programmeYear,
  readFirstView,
  readFirstViewTexts,
  requestedLanguage,
  scriptJson,
} from './first-view.js';

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

/** The app's programme zone (apps/web/src/composables/use-format.ts), which its "this year" figure uses. */
const PROGRAMME_TIME_ZONE = 'Asia/Shanghai';
const APP_ROOT = '<div id="app"></div>';

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
  // The volunteer home page, signed in: sent with its figures already drawn and the reads they came from, so
  // the figure a volunteer came for paints with the page instead of after the app's script and two reads.
  // Only for the visitor's own session; never stored by a cache. Anything else gets the plain page.
  const texts = readFirstViewTexts(root);
  const indexHtml = readFileSync(resolve(root, 'index.html'), 'utf8');
  const home = async (request: FastifyRequest, reply: FastifyReply) => {
    const first =
      texts && indexHtml.includes(APP_ROOT)
        ? await readFirstView(fastify, request).catch((error: unknown) => {
            new Logger('WebPages').warn(`The home page's first view was not drawn: ${String(error)}`);
            return undefined;
          })
        : undefined;
    if (!texts || !first) return page(request, reply);
    const language = requestedLanguage(request);
    const markup = firstViewMarkup(
      texts[language],
      first.balance,
      programmeYear(new Date(), PROGRAMME_TIME_ZONE),
    );
    const data = `<script type="application/json" id="${FIRST_VIEW_DATA_ID}">${scriptJson({
      language,
      session: first.session,
      balance: first.balance,
    })}</script>`;
    return reply
      .code(200)
      .headers(PAGE_HEADERS)
      .header('cache-control', 'private, no-store')
      .header('vary', 'cookie')
      .type('text/html; charset=utf-8')
      .send(
        indexHtml
          // The app starts from the session sent here: asking for it again would only be wasted.
          .replace(/\s*<link rel="preload" href="\/api\/v1\/session"[^>]*>/, '')
          .replace(APP_ROOT, () => `<div id="app">${markup}</div>${data}`),
      );
  };
  for (const route of PAGE_ROUTES) fastify.get(route, route === '/' ? home : page);
  if (existsSync(resolve(root, 'favicon.svg'))) {
    fastify.get('/favicon.svg', (request, reply) =>
      sendFile(request, reply, root, 'favicon.svg', {}, { maxAge: '1d' }),
    );
  }
  return true;
}
