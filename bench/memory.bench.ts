import { volunteerStream } from '@vl/domain';
import { PostgresEventStore } from '@vl/event-store';
import { createSqlClient } from '@vl/sql';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { volunteerHistory } from '../libs/messaging/src/testing/ledger-fixtures.js';

export interface MemoryBenchOptions {
  /** Events to load (default 1,000,000): volunteers with 10 confirmed sessions each, 31 events apiece. */
  readonly events?: number;
  /** The service's entry point, as `npm start` runs it. */
  readonly main?: string;
}

export interface MemoryBenchResult {
  readonly events: number;
  /** Resident set of the service idle on a new, empty data directory, in MiB. */
  readonly emptyRssMiB: number;
  /** Resident set of the service on the loaded directory once its projector has caught up, in MiB. */
  readonly loadedRssMiB: number;
  readonly ratio: number;
  /** Seconds the service's projector took to project every event. */
  readonly projectSeconds: number;
}

const SESSIONS = 10;
const EVENTS_PER_VOLUNTEER = 1 + 3 * SESSIONS;
const KIB_PER_MIB = 1024;

/**
 * The embedded default as a new user runs it (`npm start`: PGlite in a data directory, every role in one
 * process), measured from outside: its resident memory empty, and with a million events projected.
 */
export async function benchMemory(options: MemoryBenchOptions = {}): Promise<MemoryBenchResult> {
  const main = options.main ?? 'dist/apps/api/src/main.js';
  const volunteers = Math.ceil((options.events ?? 1_000_000) / EVENTS_PER_VOLUNTEER);
  const parent = await mkdtemp(process.env.BENCH_DATA_PREFIX ?? join(tmpdir(), 'vl-memory-bench-'));
  try {
    const empty = await runService(main, join(parent, 'empty'), 0);
    const loadedDir = join(parent, 'loaded');
    const sql = await createSqlClient({ dataDir: loadedDir, schema: 'ledger' });
    const store = await PostgresEventStore.create(sql);
    for (let v = 0; v < volunteers; v += 1) {
      const id = `memory-${v}`;
      await store.append(volunteerStream(id), volunteerHistory(id, SESSIONS), 'no_stream');
    }
    const events = await store.headPosition();
    await store.close();
    await sql.close();
    const loaded = await runService(main, loadedDir, events);
    return {
      events,
      emptyRssMiB: Math.round(empty.rssKiB / KIB_PER_MIB),
      loadedRssMiB: Math.round(loaded.rssKiB / KIB_PER_MIB),
      ratio: Math.round((loaded.rssKiB / empty.rssKiB) * 100) / 100,
      projectSeconds: Math.round(loaded.seconds),
    };
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}

/** Starts the service on a data directory, waits until it has projected `head`, and reads its RSS. */
async function runService(
  main: string,
  dataDir: string,
  head: number,
): Promise<{ rssKiB: number; seconds: number }> {
  const port = process.env.BENCH_PORT
    ? Number(process.env.BENCH_PORT)
    : 3400 + Math.floor(Math.random() * 500);
  const start = await startCommand();
  const child = spawn(process.execPath, [...start.flags, main], {
    env: {
      ...process.env,
      ...start.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = performance.now();
  try {
    const deadline = Date.now() + 3_600_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`bench: the service exited with ${child.exitCode}`);
      const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`).catch(() => undefined);
      if (health?.ok) {
        const body = (await health.json()) as { readModelPosition: number };
        if (body.readModelPosition >= head) break;
      }
      if (Date.now() > deadline) throw new Error('bench: the service did not catch up within an hour');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const seconds = (performance.now() - started) / 1000;
    // Let start-up garbage settle, as a service that has been running a while would have.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    return { rssKiB: await residentKiB(child), seconds };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** How `npm start` runs the service: its environment settings and node flags, read from package.json. */
export interface StartCommand {
  readonly env: Readonly<Record<string, string>>;
  readonly flags: readonly string[];
}

/** The environment and node flags `npm start` runs the service with, so the bench measures the same. */
export async function startCommand(): Promise<StartCommand> {
  const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { start: string } };
  const match = /((?:\b[A-Z_]+=\S+ )*)node((?: --[\w-]+(?:=\S+)?)*) dist\/apps\/api\/src\/main\.js/.exec(
    manifest.scripts.start,
  );
  if (!match) throw new Error('bench: package.json start script does not run dist/apps/api/src/main.js');
  const env = Object.fromEntries(
    (match[1] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((setting) => [setting.slice(0, setting.indexOf('=')), setting.slice(setting.indexOf('=') + 1)]),
  );
  return { env, flags: (match[2] ?? '').split(' ').filter(Boolean) };
}

/** `npm start` as a person reads it: its environment settings, then its node flags. */
export function describeStart(start: StartCommand): string {
  return [
    ...Object.entries(start.env).map(([name, value]) => `${name}=${value}`),
    'node',
    ...start.flags,
  ].join(' ');
}

async function residentKiB(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${String(child.pid)}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match?.[1]) throw new Error('bench: no VmRSS for the service');
  return Number(match[1]);
}
