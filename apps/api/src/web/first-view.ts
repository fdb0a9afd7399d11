import { SESSION_COOKIE, cookieValue } from '@vl/auth';
import { entryOf } from '@vl/domain';
import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The words of the home page's lead figures, per language, as the web build wrote them (first-view.json). */
export interface FirstViewText {
  readonly title: string;
  readonly confirmed: string;
  readonly pending: string;
  readonly points: string;
  readonly pointsValue: string;
  readonly thisYear: string;
  readonly hoursAndMinutes: string;
  readonly hours: string;
  readonly minutes: string;
  readonly appName: string;
}

export type FirstViewLanguage = 'zh-CN' | 'en';
export type FirstViewTexts = Record<FirstViewLanguage, FirstViewText>;

/** The cookie the pages keep the chosen language in (apps/web/src/i18n), so the first view speaks it too. */
export const LANGUAGE_COOKIE = 'vl-language';
/** The element holding the session and balance the first view was drawn from; the app starts from them. */
export const FIRST_VIEW_DATA_ID = 'vl-first-view';

export interface FirstViewBalance {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  readonly points: number;
  readonly byYear: Record<string, number>;
}

export function readFirstViewTexts(webDir: string): FirstViewTexts | undefined {
  const file = resolve(webDir, 'first-view.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as FirstViewTexts;
}

/** `<`, `>`, `&`, quotes: safe in element text and in double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** JSON that cannot end its `<script type="application/json">` early nor open a comment in it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** vue-i18n's named interpolation, for the messages the first view uses (`{name}` only). */
function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** As the app's `useFormat().minutes` (apps/web/src/composables/use-format.ts). */
export function formatMinutes(text: FirstViewText, total: number): string {
  const sign = total < 0 ? '-' : '';
  const hours = Math.floor(Math.abs(total) / 60);
  const rest = Math.abs(total) % 60;
  if (hours === 0) return sign + fill(text.minutes, { minutes: rest });
  if (rest === 0) return sign + fill(text.hours, { hours });
  return sign + fill(text.hoursAndMinutes, { hours, minutes: rest });
}

/** The year of an instant in the programme's zone, as the home page's "this year" figure counts it. */
export function programmeYear(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(now);
}

/**
 * The home page's title and four figures, with the same elements and classes HomePage.vue draws, so the
 * figures paint with the page and stay in place when the app takes over (it replaces this on mount).
 */
export function firstViewMarkup(text: FirstViewText, balance: FirstViewBalance, year: string): string {
  const figures = [
    { key: 'confirmed', label: text.confirmed, value: formatMinutes(text, balance.confirmedMinutes) },
    { key: 'pending', label: text.pending, value: formatMinutes(text, balance.pendingMinutes) },
    { key: 'points', label: text.points, value: fill(text.pointsValue, { points: balance.points }) },
    {
      key: 'year',
      label: fill(text.thisYear, { year }),
      value: formatMinutes(text, entryOf(balance.byYear, year) ?? 0),
    },
  ];
  const cards = figures
    .map((figure) => {
      const modifier =
        figure.key === 'confirmed' ? ' vl-figure-lead' : figure.key === 'year' ? ' vl-figure-wide' : '';
      return (
        `<div class="vl-card${modifier}" data-first-view-figure="${figure.key}">` +
        `<p class="vl-figure"${figure.key === 'confirmed' ? ' id="vl-first-view-lead"' : ''}>` +
        `<span class="vl-figure-label">${escapeHtml(figure.label)}</span><br>` +
        `<span class="vl-figure-value">${escapeHtml(figure.value)}</span></p></div>`
      );
    })
    .join('');
  const title = escapeHtml(text.title);
  return (
    `<div class="vl-first-view" data-first-view>` +
    `<header><div class="van-nav-bar van-hairline--bottom"><div class="van-nav-bar__content">` +
    `<div class="van-nav-bar__title van-ellipsis">${title}</div></div></div></header>` +
    `<main><h1 class="vl-section-title">${title}</h1>` +
    `<section class="vl-figures" aria-label="${title}">${cards}</section></main></div>`
  );
}

/**
 * The signed-in volunteer's session and balance, read through the API itself with the visitor's cookie: the
 * same routes, access checks and records as the app's own reads. Nothing for a visitor without a session,
 * for someone who is not a volunteer, or when a read does not answer 200.
 */
export async function readFirstView(
  fastify: FastifyInstance,
  request: FastifyRequest,
): Promise<{ session: Record<string, unknown>; balance: FirstViewBalance } | undefined> {
  if (cookieValue(request, SESSION_COOKIE) === undefined) return undefined;
  const headers = { cookie: String(request.headers.cookie ?? ''), accept: 'application/json' };
  // From the visitor's address: their reads count against their own rate limits, as the app's would.
  const remoteAddress = request.ip;
  const sessionAnswer = await fastify.inject({
    method: 'GET',
    url: '/api/v1/session',
    headers,
    remoteAddress,
  });
  if (sessionAnswer.statusCode !== 200) return undefined;
  const session = sessionAnswer.json<Record<string, unknown>>();
  const actor = session.actor as { volunteerId?: unknown } | undefined;
  const volunteerId = actor?.volunteerId;
  if (session.signedIn !== true || typeof volunteerId !== 'string') return undefined;
  const balanceAnswer = await fastify.inject({
    method: 'GET',
    url: `/api/v1/volunteers/${encodeURIComponent(volunteerId)}/balance`,
    headers,
    remoteAddress,
  });
  if (balanceAnswer.statusCode !== 200) return undefined;
  const balance = balanceAnswer.json<FirstViewBalance>();
  if (balance.volunteerId !== volunteerId) return undefined;
  return { session, balance };
}

export function requestedLanguage(request: FastifyRequest): FirstViewLanguage {
  return cookieValue(request, LANGUAGE_COOKIE) === 'en' ? 'en' : 'zh-CN';
}
