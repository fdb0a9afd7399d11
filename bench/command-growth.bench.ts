import { mintDevelopmentToken } from '@vl/auth';
import { loadConfig } from '@vl/config';
import { encodeEvent, type LedgerEvent, volunteerStream } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { createLedgerApp } from '../apps/api/src/bootstrap.js';
import { volunteerHistory } from '../libs/domain/src/testing/volunteer-history.js';

const SECRET = 'bench-secret-for-volunteer-ledger-0123456789';
const MINUTE = 60_000;
const CHUNK = 500;

export interface CommandGrowthOptions {
  readonly databaseUrl?: string;
  readonly schema?: string;
  /** Sessions already in each volunteer's stream (default 10, 100, 1,000, 5,000 and 20,000). */
  readonly sessions?: readonly number[];
  /** Check-in and check-out pairs per volunteer (default 20), taken in turns across the volunteers. */
  readonly samples?: number;
}

export interface CommandGrowthPoint {
  readonly sessions: number;
  readonly events: number;
  readonly checkInMs: number;
  readonly checkOutMs: number;
  /** The first check-in, which folds the whole stream: nothing of it is kept in the process yet. */
  readonly firstCheckInMs: number;
  /** The p50 check-in against that of the smallest stream measured in the same run. */
  readonly ratio: number;
}

export interface CommandGrowthResult {
  readonly backend: 'pglite' | 'postgres';
  readonly samples: number;
  readonly loadAverage: number;
  readonly points: readonly CommandGrowthPoint[];
}

/**
 * Check-in and check-out through HTTP for volunteers whose streams already hold many sessions. The first
 * command on a stream folds all of it; later ones fold only the events after the state the process kept,
 * so this curve shows what a long history costs each command once the stream has been seen.
 */
export async function benchCommandGrowth(options: CommandGrowthOptions = {}): Promise<CommandGrowthResult> {
  const sizes = options.sessions ?? [10, 100, 1_000, 5_000, 20_000];
  const samples = options.samples ?? 20;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    AUTH_JWT_SECRET: SECRET,
    LEDGER_ROLES: 'api',
    LOG_LEVEL: 'error',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.schema ? { DATABASE_SCHEMA: options.schema } : {}),
  });
  const ledger = await createLedgerApp(config, { docsUi: false });
  try {
    const token = await mintDevelopmentToken(SECRET, { sub: 'bench-admin', roles: ['admin'], org: '*' });
    const post = async (path: string, body: unknown): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${ledger.url}/api/v1${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`bench: POST ${path} answered ${response.status}: ${text}`);
      return performance.now() - started;
    };
    await post('/organizations', { id: 'growth-city', name: '基准市', kind: 'city' });
    await post('/organizations', {
      id: 'growth-community',
      name: '基准社区',
      kind: 'community',
      parentId: 'growth-city',
    });
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    const firstCheckIn = now - samples * 10 * MINUTE;
    await post('/activities', {
      id: 'growth-activity',
      organizationId: 'growth-community',
      title: '基准活动',
      category: 'bench',
      startsAt: new Date(firstCheckIn - 60 * MINUTE).toISOString(),
      endsAt: new Date(now + 60 * MINUTE).toISOString(),
      autoConfirm: true,
    });
    const store = ledger.app.get<EventStore>(EVENT_STORE);
    const events = new Map<number, number>();
    for (const size of sizes) events.set(size, await seed(store, `growth-v${size}`, size));

    const checkIns = new Map<number, number[]>(sizes.map((size) => [size, []]));
    const checkOuts = new Map<number, number[]>(sizes.map((size) => [size, []]));
    // In turns across the volunteers, so drift on a noisy machine touches every size alike.
    for (let sample = 0; sample < samples; sample += 1) {
      const at = firstCheckIn + sample * 10 * MINUTE;
      for (const size of sizes) {
        const volunteerId = `growth-v${size}`;
        checkIns.get(size)?.push(
          await post('/activities/growth-activity/check-ins', {
            volunteerId,
            at: new Date(at).toISOString(),
            method: 'organizer',
          }),
        );
        checkOuts.get(size)?.push(
          await post('/activities/growth-activity/check-outs', {
            volunteerId,
            at: new Date(at + 5 * MINUTE).toISOString(),
          }),
        );
      }
    }
    const base = median(checkIns.get(sizes[0] ?? 0) ?? []);
    return {
      backend: options.databaseUrl ? 'postgres' : 'pglite',
      samples,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      points: sizes.map((size) => {
        const checkInMs = median(checkIns.get(size) ?? []);
        return {
          sessions: size,
          events: events.get(size) ?? 0,
          checkInMs: Math.round(checkInMs * 10) / 10,
          checkOutMs: Math.round(median(checkOuts.get(size) ?? []) * 10) / 10,
          firstCheckInMs: Math.round((checkIns.get(size)?.[0] ?? Number.NaN) * 10) / 10,
          ratio: Math.round((checkInMs / base) * 100) / 100,
        };
      }),
    };
  } finally {
    await ledger.close();
  }
}

/** Appends a long history straight to the volunteer's stream, as years of commands would have left it. */
async function seed(store: EventStore, volunteerId: string, sessions: number): Promise<number> {
  // Without the session the generated history leaves open, so every measured check-in finds none.
  const history = volunteerHistory(sessions + 1)
    .filter((event, index, all) => index < all.length - 1 || event.type !== 'VolunteerCheckedIn')
    .map((event) => ({ ...event, data: { ...event.data, volunteerId } }) as LedgerEvent);
  const metadata = {
    occurredAt: new Date().toISOString(),
    recordedAt: new Date().toISOString(),
    actor: 'bench-seed',
    correlationId: randomUUID(),
  };
  let revision: number | 'no_stream' = 'no_stream';
  for (let start = 0; start < history.length; start += CHUNK) {
    const chunk = history.slice(start, start + CHUNK);
    const encoded = chunk.map((event) => ({ id: randomUUID(), ...encodeEvent(event, metadata) }));
    await store.append(volunteerStream(volunteerId), encoded, revision);
    revision = start + chunk.length - 1;
  }
  return history.length;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The "Command folds and snapshots" section of docs/benchmarks.md (between its markers), with `stamp` as its run line. */
export function renderCommandFoldsSection(results: readonly CommandGrowthResult[], stamp: string): string {
  return [
    '## Command folds and snapshots',
    '',
    "Target: a check-in for a volunteer with 5,000 sessions within 2× of one with 10. Each volunteer's stream",
    'is seeded with a generated history (corrections, rejections, revocations, missed check-outs, paper',
    'sheets, consents, awards); check-in and check-out pairs are then sent through HTTP in turns across the',
    'volunteers. The ratio is the p50 check-in against that of the 10-session volunteer in the same run.',
    '',
    'Each stream handler keeps the states it has folded (by stream, with their revision, up to 200,000',
    "events' worth per stream kind, least recently used let go) and what it appended: a command decides on",
    'the kept state and appends at its revision; only when the stream moved on (a conflict), or before a',
    'refusal, does it read the events after the kept revision and fold them on. The first command on a',
    'stream in a process folds all of it (linear: "first check-in" below); the p50 is what every later one',
    "costs. Folds copy a state's records once per fold, never per event, for volunteers and balances alike.",
    '',
    'Nothing a later command does grows with the sessions: a kept volunteer state is folded on in place',
    '(it leaves the handler only as a copy), and the overlap rule looks up the sessions of the UTC days an',
    'interval touches instead of passing over all of them. Kept states live in the process, so they suit',
    'both stores (the EventStoreDB adapter reads a stream from a revision alike); no snapshot is stored in',
    'the database, so a restarted process folds each stream once, in full, on its first command.',
    '',
    stamp,
    '',
    '| database | load avg | sessions | events | first check-in | check-in p50 | check-out p50 | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) =>
      r.points.map(
        (p) =>
          `| ${r.backend} | ${r.loadAverage} | ${p.sessions} | ${p.events} | ${p.firstCheckInMs} ms | ` +
          `${p.checkInMs} ms | ${p.checkOutMs} ms | **${p.ratio}×** |`,
      ),
    ),
  ].join('\n');
}
