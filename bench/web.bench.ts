import { mintDevelopmentToken } from '@vl/auth';
import { loadConfig } from '@vl/config';
import { volunteerStream } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { ReadModelStatus } from '@vl/read-model';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { createLedgerApp } from '../apps/api/src/bootstrap.js';
import { volunteerHistory } from '../libs/messaging/src/testing/ledger-fixtures.js';

export interface WebBenchOptions {
  /** Volunteers in the generated ledger (default 20,000), each with `sessions` confirmed sessions (default 3). */
  readonly volunteers?: number;
  readonly sessions?: number;
  /** Page loads measured (default 5); the median is reported. */
  readonly runs?: number;
  readonly chromiumPath?: string;
}

export interface WebBenchResult {
  readonly volunteers: number;
  readonly events: number;
  /** The home page's JavaScript and CSS, each file gzipped (level 9), in kB (1000 bytes). */
  readonly gzippedKb: number;
  readonly files: number;
  /** Largest Contentful Paint of the home page with 4× CPU throttling, median of the runs, in seconds. */
  readonly lcpSeconds: number | null;
  readonly lcpRuns: number[];
  /** The baseline's Largest Contentful Paint (a script-free page of the same figures), median, in seconds. */
  readonly baselineSeconds?: number | null;
  readonly baselineRuns?: number[];
  /** The element each run's Largest Contentful Paint was of (tag.class), distinct. */
  readonly lcpElements?: string[];
  /** Seconds to store and project the generated ledger. */
  readonly generationSeconds?: number;
  readonly note?: string;
}

const MINUTE = 60_000;
const APPENDERS = 16;
const SIZE_TARGET_KB = 250;
const LCP_TARGET_SECONDS = 2.5;
export const WEB_TARGETS = { sizeKb: SIZE_TARGET_KB, lcpSeconds: LCP_TARGET_SECONDS } as const;

/**
 * The volunteer home page against the embedded default holding a generated ledger: what it downloads
 * (JS + CSS, gzipped) and its Largest Contentful Paint in Debian's Chromium with the CPU slowed 4×.
 */
export async function benchWeb(options: WebBenchOptions = {}): Promise<WebBenchResult> {
  const volunteers = options.volunteers ?? 20_000;
  const sessions = options.sessions ?? 3;
  const runs = options.runs ?? 5;
  const executablePath = options.chromiumPath ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing (apt-get install chromium)`);
  // The development secret: the development sign-in is how the bench becomes the volunteer.
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    LEDGER_ROLES: 'api,projector',
    LOG_LEVEL: 'error',
  });
  const ledger = await createLedgerApp(config, { docsUi: false });
  try {
    const secret = config.authJwtSecret ?? '';
    const admin = await mintDevelopmentToken(secret, { sub: 'bench-admin', roles: ['admin'], org: '*' });
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${ledger.url}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`bench: POST ${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    };
    await post('/organizations', { id: 'org-zz', name: '株洲市', kind: 'city' });
    await post('/organizations', {
      id: 'bench-community',
      name: '莲花社区',
      kind: 'community',
      parentId: 'org-zz',
    });

    // The bulk of the ledger goes straight into the event store, as the API would have written it.
    // Concurrent appends, which the store groups into shared transactions, fill it in a fraction of the time.
    const store = ledger.app.get<symbol, EventStore>(EVENT_STORE);
    const generationStarted = performance.now();
    let next = 0;
    const appender = async () => {
      while (next < volunteers) {
        const id = `bench-${next}`;
        next += 1;
        await store.append(volunteerStream(id), volunteerHistory(id, sessions), 'no_stream');
      }
    };
    await Promise.all(Array.from({ length: APPENDERS }, appender));
    // The volunteer measured has served in the last months, so both charts have something to draw.
    await post('/volunteers', {
      id: 'bench-me',
      name: '张小青',
      birthDate: '2008-05-01',
      organizationId: 'bench-community',
      leagueStatus: 'applicant',
    });
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    for (const [index, category] of ['tutoring', 'elderly', 'environment', 'civility'].entries()) {
      const start = now - (index * 25 + 3) * 24 * 60 * MINUTE;
      const id = `bench-activity-${index}`;
      await post('/activities', {
        id,
        organizationId: 'bench-community',
        title: '七彩课堂',
        category,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 180 * MINUTE).toISOString(),
      });
      await post(`/activities/${id}/manual-sessions`, {
        volunteerId: 'bench-me',
        startedAt: new Date(start).toISOString(),
        endedAt: new Date(start + (60 + 30 * index) * MINUTE).toISOString(),
        minutes: 60 + 30 * index,
        note: '纸质签到表',
      });
    }
    const events = await store.headPosition();
    await ledger.app.get(ReadModelStatus).waitFor(events, 900_000);
    const generationSeconds = Math.round((performance.now() - generationStarted) / 1000);
    console.error(`bench: ${events} events stored and projected in ${generationSeconds} s`);

    const people = await fetch(`${ledger.url}/api/v1/auth/development/people?q=bench-me`);
    if (!people.ok) {
      return {
        volunteers,
        events,
        gzippedKb: 0,
        files: 0,
        lcpSeconds: null,
        lcpRuns: [],
        note: `the development sign-in is not available (GET /api/v1/auth/development/people answered ${people.status})`,
      };
    }
    const { items } = (await people.json()) as { items: { sub: string; volunteerId?: string }[] };
    const me = items.find((person) => person.volunteerId === 'bench-me');
    if (!me) throw new Error('bench: the volunteer is not among the development sign-in people');

    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    try {
      const lcpRuns: number[] = [];
      const baselineRuns: number[] = [];
      const lcpElements = new Set<string>();
      let gzippedBytes = 0;
      let files = 0;
      const throttledPage = async () => {
        const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
        // What each largest paint was of, noted as it happens: the app may replace that element afterwards
        // (the home page's server-drawn first view is), and a replaced element no longer says what it was;
        // then its id, which the entry keeps, names it.
        await context.addInitScript(PAINT_RECORDER);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        return { context, page };
      };
      for (let run = 0; run < runs; run += 1) {
        // The baseline, in the same browser, throttling and moment: a page with no script at all, holding
        // the home page's figures as plain text. Its paint is the floor this machine allows right now.
        const floor = await throttledPage();
        await floor.page.route(`${ledger.url}/bench-baseline`, (route) =>
          route.fulfill({ contentType: 'text/html; charset=utf-8', body: BASELINE_PAGE }),
        );
        await floor.page.goto(`${ledger.url}/bench-baseline`);
        baselineRuns.push((await largestPaint(floor.page)).seconds);
        await floor.context.close();

        const { context, page } = await throttledPage();
        const signIn = await context.request.post(`${ledger.url}/api/v1/auth/development/sign-in`, {
          data: { sub: me.sub },
        });
        if (!signIn.ok()) throw new Error(`bench: sign-in answered ${signIn.status()}`);
        const bodies: Promise<Buffer>[] = [];
        page.on('response', (response) => {
          const type = response.request().resourceType();
          if (type === 'script' || type === 'stylesheet') bodies.push(response.body());
        });
        await page.goto(`${ledger.url}/`);
        await page.locator('[data-test="category-chart"] canvas').waitFor({ timeout: 120_000 });
        await page.locator('[data-test="month-chart"] canvas').waitFor({ timeout: 120_000 });
        const lcp = await largestPaint(page);
        lcpRuns.push(lcp.seconds);
        lcpElements.add(lcp.element);
        if (run === 0) {
          const downloaded = await Promise.all(bodies);
          files = downloaded.length;
          gzippedBytes = downloaded.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
        }
        await context.close();
      }
      return {
        volunteers,
        events,
        gzippedKb: Math.round(gzippedBytes / 100) / 10,
        files,
        lcpSeconds: median(lcpRuns),
        lcpRuns,
        baselineSeconds: median(baselineRuns),
        baselineRuns,
        lcpElements: [...lcpElements],
        generationSeconds,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await ledger.close();
  }
}

const BASELINE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>baseline</title></head>
<body><h1>我的志愿时长</h1><p>已确认时长 6 小时 45 分钟</p><p>待确认时长 0 分钟</p>
<ul><li>近 12 个月服务时长：还差 13 小时 15 分钟</li><li>积分：还差 46.5 分</li></ul></body></html>`;

function median(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

const PAINT_RECORDER = `globalThis.__largestPaints = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const element = entry.element;
    globalThis.__largestPaints.push(element
      ? element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '')
      : entry.id ? '#' + entry.id : 'an element removed before it could be named');
  }
}).observe({ type: 'largest-contentful-paint', buffered: true });`;

/** The page's last largest-contentful-paint entry (buffered since navigation), and what it painted. */
async function largestPaint(page: Page): Promise<{ seconds: number; element: string }> {
  const lcp = (await page.evaluate(`new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      const element = last?.element;
      resolve({
        startTime: last?.startTime ?? Number.NaN,
        element: element
          ? element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '')
          : (last?.id ? '#' + last.id : (globalThis.__largestPaints ?? []).at(-1) ?? '') + ' (replaced since)',
      });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  })`)) as { startTime: number; element: string };
  return { seconds: Math.round(lcp.startTime) / 1000, element: lcp.element };
}

/** The report's section on the web pages, with each figure as a share of its target. */
export function renderWebSection(result: WebBenchResult): string {
  const share = (value: number, target: number) => `${Math.round((value / target) * 100) / 100}×`;
  const lines = [
    '## The volunteer home page in Chromium',
    '',
    `Targets: JS + CSS at most ${SIZE_TARGET_KB} kB gzipped; Largest Contentful Paint at most ${LCP_TARGET_SECONDS} s`,
    'with the CPU slowed 4× (Chrome DevTools Protocol `Emulation.setCPUThrottlingRate`), signed in as a volunteer',
    `of a generated ledger of ${result.volunteers} volunteers (${result.events} events) on the embedded default,`,
    'Debian Chromium at 375×812. Ratios are figure ÷ target: at most 1× meets it.',
    '',
  ];
  if (result.note) return [...lines, `Not measured in this run: ${result.note}.`, ''].join('\n');
  lines.push(
    '| measure | figure | target | ratio |',
    '| --- | ---: | ---: | ---: |',
    `| JS + CSS, gzipped (${result.files} files) | ${result.gzippedKb} kB | ${SIZE_TARGET_KB} kB | **${share(result.gzippedKb, SIZE_TARGET_KB)}** |`,
    `| Largest Contentful Paint, median of ${result.lcpRuns.length} | ${result.lcpSeconds} s | ${LCP_TARGET_SECONDS} s | **${share(result.lcpSeconds ?? 0, LCP_TARGET_SECONDS)}** |`,
    `| Baseline: a script-free page of the same figures, median | ${result.baselineSeconds} s | ${LCP_TARGET_SECONDS} s | ${share(result.baselineSeconds ?? 0, LCP_TARGET_SECONDS)} |`,
    `| Home page ÷ baseline, same runs | | | ${share(result.lcpSeconds ?? 0, result.baselineSeconds ?? Number.NaN)} |`,
    '',
    'The baseline is loaded in the same browser with the same throttling just before each home-page load, so',
    'it shows what the machine itself allowed at that moment (it is shared, and busy).',
    '',
    `Each run: ${result.lcpRuns.map((seconds) => `${seconds} s`).join(', ')} (baseline ${(result.baselineRuns ?? []).map((seconds) => `${seconds} s`).join(', ')}); the largest paint was of`,
    `${(result.lcpElements ?? []).map((element) => `\`${element}\``).join(', ')}. The ledger took`,
    `${result.generationSeconds} s to store (${APPENDERS} concurrent appends) and project.`,
    '',
  );
  return lines.join('\n');
}
