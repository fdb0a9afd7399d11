import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { volunteerStream } from '@vl/domain';
import { PostgresEventStore, type EventData } from '@vl/event-store';
import { createSqlClient, type SqlClient } from '@vl/sql';
import { loadPolicyDirectory } from '@vl/config';
import { Kafka, logLevel } from 'kafkajs';
import {
  kafkaForSuite,
  kafkaScript,
  KAFKA_SCRIPT,
  type KafkaInstance,
} from '../../../../test/support/kafka.js';
import { LEDGER_TOPICS, qualifiedTopic } from '../topics/ledger-topics.js';
import { appendInterleaved } from '../testing/ledger-appender.js';
import { historyMinutes, volunteerHistory } from '../testing/ledger-fixtures.js';
import { byOffset, readMessages, countMessages } from '../testing/topic-reader.js';
import { Publisher } from './publisher.js';

// Broker starts, outages and consumer-group joins take seconds each on a busy two-core machine.
const SUITE_TIMEOUT_MS = 180_000;

// This suite stops its broker, so it runs one of its own on free ports and leaves the shared one alone.
const kafkaSetup = await kafkaForSuite();
const describeKafka = 'skipped' in kafkaSetup ? describe.skip : describe;
if ('skipped' in kafkaSetup) console.warn(`Kafka outage suite skipped: ${kafkaSetup.skipped}`);

const policies = await loadPolicyDirectory('policies');
const VOLUNTEERS = 6;
const SESSIONS = 4;

describeKafka('Publisher while its Kafka broker goes away and comes back', () => {
  let instance: KafkaInstance;
  let brokers: string[];
  let sql: SqlClient;
  let store: PostgresEventStore;
  let publisher: Publisher;

  beforeAll(async () => {
    Logger.overrideLogger(['error', 'warn', 'log']);
    const [port, controllerPort] = [await freePort(), await freePort()];
    instance = {
      runtimeDir: join(KAFKA_SCRIPT, '../../../../.kafka', `outage-${process.pid}-${port}`),
      port,
      controllerPort,
    };
    brokers = [`127.0.0.1:${port}`];
    const started = await kafkaScript('start', instance);
    if (started.code !== 0) throw new Error(`dedicated broker did not start: ${started.output}`);
    sql = await createSqlClient({ dataDir: 'memory://' });
    store = await PostgresEventStore.create(sql);
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    await publisher?.stop();
    await store?.close();
    await sql?.close();
    if (instance) {
      await kafkaScript('stop', instance);
      if (instance.runtimeDir) await rm(instance.runtimeDir, { recursive: true, force: true });
    }
  }, SUITE_TIMEOUT_MS);

  it(
    'delivers every event after the outage, in order per volunteer, while appends carry on',
    async () => {
      const histories = new Map<string, EventData[]>();
      for (let v = 0; v < VOLUNTEERS; v += 1)
        histories.set(volunteerStream(`o${v}`), volunteerHistory(`o${v}`, SESSIONS));
      const [before, during, after] = [0, 1, 2].map(
        (part) =>
          new Map([...histories].map(([stream, events]) => [stream, events.slice(part * 6, part * 6 + 6)])),
      ) as [Map<string, EventData[]>, Map<string, EventData[]>, Map<string, EventData[]>];
      const revisions = new Map<string, number>();

      publisher = new Publisher({
        eventStore: store,
        sql,
        brokers,
        timeZone: 'Asia/Shanghai',
        policies,
        retry: { initialMs: 200, maxMs: 1000 },
      });
      await publisher.start();
      const firstHead = await appendInterleaved(store, before, revisions);
      await publisher.waitForPosition(firstHead, 30_000);

      expect((await kafkaScript('stop', instance)).code).toBe(0);
      // The store keeps taking appends while the broker is down; the publisher waits and says so.
      const outageHead = await appendInterleaved(store, during, revisions);
      await waitFor(() => publisher.status().state === 'broker-unavailable', 30_000);
      expect(publisher.status().position).toBeLessThan(outageHead);

      expect((await kafkaScript('start', instance)).code).toBe(0);
      const head = await appendInterleaved(store, after, revisions);
      await publisher.waitForPosition(head, 90_000);
      expect(publisher.status().state).toBe('publishing');

      const kafka = new Kafka({ clientId: 'outage-spec', brokers, logLevel: logLevel.NOTHING });
      const entriesTopic = qualifiedTopic(LEDGER_TOPICS.entries);
      const balancesTopic = qualifiedTopic(LEDGER_TOPICS.balances);
      const total = await countMessages(kafka, [entriesTopic, balancesTopic]);
      const messages = await readMessages(kafka, [entriesTopic, balancesTopic], total);
      const entries = messages.filter((message) => message.topic === entriesTopic);

      const recorded = await store.readAll({ fromPosition: 0, maxCount: 10_000 });
      expect(new Set(entries.map((message) => message.headers.ce_id))).toEqual(
        new Set(recorded.map((event) => event.id)),
      );
      for (let v = 0; v < VOLUNTEERS; v += 1) {
        // A batch whose acknowledgement was lost may come twice; its first copies are in stream order.
        const revisionsSeen = firstCopies(byOffset(entries.filter((message) => message.key === `o${v}`))).map(
          (message) => Number(message.headers.ce_revision),
        );
        expect(revisionsSeen).toEqual(revisionsSeen.map((_, index) => index));
        const balances = firstCopies(
          byOffset(messages.filter((message) => message.topic === balancesTopic && message.key === `o${v}`)),
        );
        expect(JSON.parse(balances.at(-1)?.value ?? '{}')).toMatchObject({
          confirmedMinutes: historyMinutes(SESSIONS),
        });
      }
    },
    SUITE_TIMEOUT_MS,
  );
});

function firstCopies<T extends { headers: Record<string, string> }>(messages: readonly T[]): T[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const id = message.headers.ce_id ?? '';
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
