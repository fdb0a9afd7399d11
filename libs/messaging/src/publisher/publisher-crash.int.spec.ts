import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { volunteerStream } from '@vl/domain';
import { PostgresEventStore } from '@vl/event-store';
import { createSqlClient, type SqlClient } from '@vl/sql';
import { Kafka, logLevel } from 'kafkajs';
import { testDatabaseUrl, uniqueSchema } from '../../../../test/support/infra.js';
import { kafkaForSuite } from '../../../../test/support/kafka.js';
import { LEDGER_TOPICS, qualifiedTopic } from '../topics/ledger-topics.js';
import { historyMinutes, volunteerHistory } from '../testing/ledger-fixtures.js';
import {
  byOffset,
  countMessages,
  deleteTopics,
  readMessages,
  type ReadMessage,
} from '../testing/topic-reader.js';

// Broker starts, outages and consumer-group joins take seconds each on a busy two-core machine.
const SUITE_TIMEOUT_MS = 180_000;

/**
 * Kills the real publisher process (apps/publisher) with SIGKILL in the middle of a stream and starts it
 * again. The process and this suite share the event store through the PostgreSQL server, so the suite
 * needs it as well as the broker.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const kafkaSetup = await kafkaForSuite();
const databaseUrl = testDatabaseUrl();
const skipReason =
  'skipped' in kafkaSetup
    ? kafkaSetup.skipped
    : databaseUrl === undefined
      ? 'PostgreSQL not reachable'
      : undefined;
const describeCrash = skipReason === undefined ? describe : describe.skip;
if (skipReason) console.warn(`Publisher crash suite skipped: ${skipReason}`);

const INITIAL_VOLUNTEERS = 120;
const LATE_VOLUNTEERS = 30;
const SESSIONS = 5;

describeCrash('the publisher process killed mid-stream and restarted', () => {
  const brokers = 'brokers' in kafkaSetup ? kafkaSetup.brokers : [];
  const prefix = `crash-${randomUUID().slice(0, 8)}.`;
  const schema = uniqueSchema('publisher_crash');
  const buildDir = join(root, 'node_modules/.cache/volunteer-ledger-it', randomUUID());
  let sql: SqlClient;
  let store: PostgresEventStore;
  let kafka: Kafka;
  const children: ChildProcess[] = [];
  const output: string[] = [];

  beforeAll(async () => {
    sql = await createSqlClient({ databaseUrl: databaseUrl ?? '', schema });
    store = await PostgresEventStore.create(sql);
    kafka = new Kafka({ clientId: 'crash-spec', brokers, logLevel: logLevel.NOTHING });
    await compilePublisherApp(buildDir);
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await store?.close();
    await sql?.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await sql?.close();
    await rm(buildDir, { recursive: true, force: true });
    if (kafka)
      await deleteTopics(
        kafka,
        Object.values(LEDGER_TOPICS).map((topic) => qualifiedTopic(topic, prefix)),
      );
  }, SUITE_TIMEOUT_MS);

  const startPublisher = (): ChildProcess => {
    const child = spawn(process.execPath, [join(buildDir, 'apps/publisher/src/main.js')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATABASE_SCHEMA: schema,
        KAFKA_BROKERS: brokers.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        LEDGER_TIMEZONE: 'Asia/Shanghai',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'log',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.once('exit', (code, signal) => output.push(`[publisher exited: ${signal ?? code}]`));
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    children.push(child);
    return child;
  };

  const checkpoint = async (): Promise<number> => {
    const { rows } = await sql
      .query<{ position: number | string }>(
        `select position from publisher_checkpoints where name = 'ledger'`,
      )
      .catch(() => ({ rows: [] as { position: number | string }[] }));
    return rows[0] ? Number(rows[0].position) : 0;
  };

  it(
    'delivers every event, and whatever comes twice comes with the same ce_id and content',
    async () => {
      for (let v = 0; v < INITIAL_VOLUNTEERS; v += 1) {
        await store.append(volunteerStream(`k${v}`), volunteerHistory(`k${v}`, SESSIONS), 'no_stream');
      }
      const initialHead = await store.headPosition();

      const first = startPublisher();
      // Kill it once it has committed part of the backlog, while volunteers keep appending.
      await until(
        async () => (await checkpoint()) > 0,
        60_000,
        () => output.join(''),
        first,
      );
      const appending = (async () => {
        for (let v = 0; v < LATE_VOLUNTEERS; v += 1) {
          await store.append(
            volunteerStream(`late${v}`),
            volunteerHistory(`late${v}`, SESSIONS),
            'no_stream',
          );
          await new Promise((done) => setTimeout(done, 20));
        }
      })();
      first.kill('SIGKILL');
      await new Promise((done) => first.once('exit', done));
      const killedAt = await checkpoint();
      expect(killedAt).toBeLessThan(initialHead);

      const second = startPublisher();
      await appending;
      const head = await store.headPosition();
      await until(
        async () => (await checkpoint()) >= head,
        90_000,
        () => output.join(''),
        second,
      );
      second.kill('SIGTERM');
      await new Promise((done) => second.once('exit', done));

      const entriesTopic = qualifiedTopic(LEDGER_TOPICS.entries, prefix);
      const balancesTopic = qualifiedTopic(LEDGER_TOPICS.balances, prefix);
      const total = await countMessages(kafka, [entriesTopic, balancesTopic]);
      const messages = await readMessages(kafka, [entriesTopic, balancesTopic], total, 90_000);
      const entries = messages.filter((message) => message.topic === entriesTopic);
      const recorded = await store.readAll({ fromPosition: 0, maxCount: 100_000 });
      expect(recorded.length).toBe((INITIAL_VOLUNTEERS + LATE_VOLUNTEERS) * (1 + 3 * SESSIONS));

      expect(new Set(entries.map((message) => message.headers.ce_id))).toEqual(
        new Set(recorded.map((event) => event.id)),
      );
      const repeats = sameIdSameContent(messages);
      console.info(
        `publisher killed at checkpoint ${killedAt} of ${initialHead}; ${repeats} repeated messages, each identical to its first copy`,
      );

      for (const volunteer of ['k0', `k${INITIAL_VOLUNTEERS - 1}`, `late${LATE_VOLUNTEERS - 1}`]) {
        const own = firstCopies(byOffset(entries.filter((message) => message.key === volunteer)));
        expect(own.map((message) => Number(message.headers.ce_revision))).toEqual(
          own.map((_, index) => index),
        );
      }
      const latest = new Map<string, { confirmedMinutes: number }>();
      for (const message of byOffset(messages.filter((m) => m.topic === balancesTopic)))
        latest.set(message.key, JSON.parse(message.value));
      expect(latest.size).toBe(INITIAL_VOLUNTEERS + LATE_VOLUNTEERS);
      for (const balance of latest.values()) expect(balance.confirmedMinutes).toBe(historyMinutes(SESSIONS));
    },
    SUITE_TIMEOUT_MS,
  );
});

/** Counts repeats, failing if any repeat differs from the first message with its ce_id. */
function sameIdSameContent(messages: readonly ReadMessage[]): number {
  const first = new Map<string, ReadMessage>();
  let repeats = 0;
  for (const message of messages) {
    const id = `${message.topic}/${message.headers.ce_id}`;
    const seen = first.get(id);
    if (!seen) {
      first.set(id, message);
      continue;
    }
    repeats += 1;
    expect({ key: message.key, headers: message.headers, value: message.value }).toEqual({
      key: seen.key,
      headers: seen.headers,
      value: seen.value,
    });
  }
  return repeats;
}

function firstCopies(messages: readonly ReadMessage[]): ReadMessage[] {
  const seen = new Set<string>();
  return messages.filter(
    (message) => !seen.has(message.headers.ce_id ?? '') && seen.add(message.headers.ce_id ?? ''),
  );
}

async function until(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  context: () => string,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    const exited = child !== undefined && child.exitCode !== null;
    if (exited || Date.now() > deadline) {
      throw new Error(
        `${exited ? 'publisher exited' : `not reached within ${timeoutMs} ms`}; its output:\n${context().slice(-4000)}`,
      );
    }
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Compiles libs/ and apps/publisher/ as `npm run build` does, into a folder of its own. */
async function compilePublisherApp(outDir: string): Promise<void> {
  const { transformFile } = await import('@swc/core');
  const { swcOptions } = (await import(pathToFileURL(join(root, 'scripts/swc-options.mjs')).href)) as {
    swcOptions: (options: { resolvePaths: boolean }) => Record<string, unknown>;
  };
  const options = swcOptions({ resolvePaths: true });
  for (const source of ['libs', 'apps/publisher']) {
    for (const file of await walk(join(root, source))) {
      if (file.endsWith('.spec.ts')) continue;
      const target = join(outDir, relative(root, file));
      await mkdir(dirname(target), { recursive: true });
      if (!file.endsWith('.ts')) {
        await copyFile(file, target);
        continue;
      }
      const { code } = await transformFile(file, { ...options, filename: file });
      await writeFile(target.replace(/\.ts$/, '.js'), code);
    }
  }
  // Inside node_modules the nearest package.json would not say "module".
  await writeFile(join(outDir, 'package.json'), '{"type":"module"}\n');
}

async function walk(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}
