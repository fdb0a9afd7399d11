import { mintDevelopmentToken } from '@vl/auth';
import { loadConfig } from '@vl/config';
import { volunteerStream } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { ReadModelStatus } from '@vl/read-model';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
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
  readonly note?: string;
}

const MINUTE = 60_000;
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
    const store = ledger.app.get<symbol, EventStore>(EVENT_STORE);
    for (let v = 0; v < volunteers; v += 1) {
      const id = `bench-${v}`;
      await store.append(volunteerStream(id), volunteerHistory(id, sessions), 'no_stream');
    }
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
    await ledger.app.get(ReadModelStatus).waitFor(events, 600_000);

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
      let gzippedBytes = 0;
      let files = 0;
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
        const signIn = await context.request.post(`${ledger.url}/api/v1/auth/development/sign-in`, {
          data: { sub: me.sub },
        });
        if (!signIn.ok()) throw new Error(`bench: sign-in answered ${signIn.status()}`);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const bodies: Promise<Buffer>[] = [];
        page.on('response', (response) => {
          const type = response.request().resourceType();
          if (type === 'script' || type === 'stylesheet') bodies.push(response.body());
        });
        await page.goto(`${ledger.url}/`);
        await page.locator('[data-test="category-chart"] canvas').waitFor({ timeout: 120_000 });
        await page.locator('[data-test="month-chart"] canvas').waitFor({ timeout: 120_000 });
        // Evaluated in the page: the last largest-contentful-paint entry, buffered since navigation.
        const lcp = Number(
          await page.evaluate(`new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          })`),
        );
        lcpRuns.push(Math.round(lcp) / 1000);
        if (run === 0) {
          const downloaded = await Promise.all(bodies);
          files = downloaded.length;
          gzippedBytes = downloaded.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
        }
        await context.close();
      }
      const sorted = [...lcpRuns].sort((a, b) => a - b);
      return {
        volunteers,
        events,
        gzippedKb: Math.round(gzippedBytes / 100) / 10,
        files,
        lcpSeconds: sorted[Math.floor(sorted.length / 2)] ?? null,
        lcpRuns,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await ledger.close();
  }
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
    '',
    `Each run: ${result.lcpRuns.map((seconds) => `${seconds} s`).join(', ')}.`,
    '',
  );
  return lines.join('\n');
}
