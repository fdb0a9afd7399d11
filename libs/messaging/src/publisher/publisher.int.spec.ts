import { cloudEventType } from '../cloudevents/event-types.js';
import { randomUUID } from 'node:crypto';
import { volunteerStream } from '@vl/domain';
import { PostgresEventStore, type EventData, type RecordedEvent } from '@vl/event-store';
import { createSqlClient, type SqlClient } from '@vl/sql';
import { loadPolicyDirectory } from '@vl/config';
import { faultyTransactions } from '../../../event-store/src/testing/faulty-transactions.js';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaForSuite } from '../../../../test/support/kafka.js';
import { LEDGER_TOPICS, qualifiedTopic } from '../topics/ledger-topics.js';
import { type VolunteerBalancePayload } from '../topics/topic-payloads.js';
import { appendInterleaved } from '../testing/ledger-appender.js';
import { confirmedSession, eventData, historyMinutes, volunteerHistory } from '../testing/ledger-fixtures.js';
import {
  byOffset,
  countMessages,
  deleteTopics,
  readMessages,
  type ReadMessage,
} from '../testing/topic-reader.js';
import { BalanceFollower } from '../consumer/balance-follower.js';
import { Publisher } from './publisher.js';

// Broker starts, outages and consumer-group joins take seconds each on a busy two-core machine.
const SUITE_TIMEOUT_MS = 180_000;

const kafkaSetup = await kafkaForSuite();
const brokers = 'brokers' in kafkaSetup ? kafkaSetup.brokers : [];
const describeKafka = 'skipped' in kafkaSetup ? describe.skip : describe;
if ('skipped' in kafkaSetup) console.warn(`Kafka publisher suite skipped: ${kafkaSetup.skipped}`);

const policies = await loadPolicyDirectory('policies');
const TIME_ZONE = 'Asia/Shanghai';
const VOLUNTEERS = 8;
const SESSIONS = 3;

describeKafka('Publisher on a real Kafka broker', () => {
  const prefix = `it-${randomUUID().slice(0, 8)}.`;
  const entriesTopic = qualifiedTopic(LEDGER_TOPICS.entries, prefix);
  const balancesTopic = qualifiedTopic(LEDGER_TOPICS.balances, prefix);
  let kafka: Kafka;
  let sql: SqlClient;
  let store: PostgresEventStore;
  let publisher: Publisher | undefined;

  const newPublisher = (): Publisher =>
    new Publisher({
      eventStore: store,
      sql,
      brokers,
      timeZone: TIME_ZONE,
      policies,
      topicPrefix: prefix,
      retry: { initialMs: 100, maxMs: 1000 },
    });

  beforeAll(async () => {
    kafka = new Kafka({ clientId: 'publisher-int-spec', brokers, logLevel: logLevel.NOTHING });
    sql = await createSqlClient({ dataDir: 'memory://' });
    store = await PostgresEventStore.create(sql);
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    await publisher?.stop();
    await store?.close();
    await sql?.close();
    if (kafka)
      await deleteTopics(
        kafka,
        Object.values(LEDGER_TOPICS).map((topic) => qualifiedTopic(topic, prefix)),
      );
  }, SUITE_TIMEOUT_MS);

  it(
    'publishes each event once with its CloudEvents headers and key, in order per volunteer, and the latest balances',
    async () => {
      const histories = new Map<string, EventData[]>();
      for (let v = 0; v < VOLUNTEERS; v += 1)
        histories.set(volunteerStream(`v${v}`), volunteerHistory(`v${v}`, SESSIONS));
      // A correction and a revocation make "latest balance" differ from the running total.
      histories.get(volunteerStream('v0'))?.push(
        eventData({
          type: 'SessionCorrected',
          data: {
            sessionId: 'v0-s0',
            volunteerId: 'v0',
            minutes: 20,
            previousMinutes: 30,
            reason: 'left early',
          },
        }),
      );
      histories.get(volunteerStream('v1'))?.push(
        eventData({
          type: 'SessionRevoked',
          data: { sessionId: 'v1-s1', volunteerId: 'v1', reason: 'duplicate sheet', revokedMinutes: 40 },
        }),
      );
      histories.set('organization-zz', [
        eventData({
          type: 'OrganizationRegistered',
          data: { organizationId: 'zz', name: '株洲市', kind: 'city', parentId: null, path: ['zz'] },
        }),
      ]);

      // Half is in the store before the publisher starts (catch-up), half arrives while it runs (live).
      const firstHalf = new Map([...histories].map(([stream, events]) => [stream, events.slice(0, 5)]));
      const secondHalf = new Map([...histories].map(([stream, events]) => [stream, events.slice(5)]));
      const revisions = new Map<string, number>();
      await appendInterleaved(store, firstHalf, revisions);
      publisher = newPublisher();
      await publisher.start();
      const head = await appendInterleaved(store, secondHalf, revisions);
      await publisher.waitForPosition(head, 60_000);

      const recorded = await store.readAll({ fromPosition: 0, maxCount: 10_000 });
      const volunteerEvents = recorded.filter((event) => event.streamName.startsWith('volunteer-'));
      // Per volunteer: registration, then a pending and a confirmed change per session, plus the correction or revocation.
      const expectedBalances = VOLUNTEERS * (1 + 2 * SESSIONS) + 2;
      expect(await countMessages(kafka, [entriesTopic])).toBe(recorded.length);
      expect(await countMessages(kafka, [balancesTopic])).toBe(expectedBalances);
      const messages = await readMessages(
        kafka,
        [entriesTopic, balancesTopic],
        recorded.length + expectedBalances,
      );
      const entries = messages.filter((message) => message.topic === entriesTopic);
      const balances = messages.filter((message) => message.topic === balancesTopic);

      // Exactly one entry per event, carrying exactly the expected headers, key and data.
      expect(new Set(entries.map((message) => message.headers.ce_id)).size).toBe(recorded.length);
      const byId = new Map(entries.map((message) => [message.headers.ce_id, message]));
      for (const event of recorded) {
        const message = byId.get(event.id);
        expect(message).toBeDefined();
        expect(message?.key).toBe(expectedKey(event));
        expect(message?.headers).toEqual(expectedHeaders(event));
        expect(JSON.parse(message?.value ?? 'null')).toEqual(event.data);
      }

      // Per volunteer: one partition, shared by both topics, and the stream's order.
      for (let v = 0; v < VOLUNTEERS; v += 1) {
        const own = byOffset(entries.filter((message) => message.key === `v${v}`));
        const ownBalances = byOffset(balances.filter((message) => message.key === `v${v}`));
        expect(new Set([...own, ...ownBalances].map((message) => message.partition)).size).toBe(1);
        expect(own.map((message) => Number(message.headers.ce_revision))).toEqual(
          own.map((_, index) => index),
        );
        const positions = ownBalances.map((message) => Number(message.headers.ce_position));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
      expect(volunteerEvents.length).toBe(VOLUNTEERS * (1 + 3 * SESSIONS) + 2);

      // Read from the beginning, the last balance of each key is each volunteer's latest balance.
      const latest = latestBalances(balances);
      expect(latest.size).toBe(VOLUNTEERS);
      expect(latest.get('v0')?.confirmedMinutes).toBe(historyMinutes(SESSIONS) - 10);
      expect(latest.get('v1')?.confirmedMinutes).toBe(historyMinutes(SESSIONS) - 40);
      for (let v = 2; v < VOLUNTEERS; v += 1) {
        expect(latest.get(`v${v}`)).toMatchObject({
          confirmedMinutes: historyMinutes(SESSIONS),
          pendingMinutes: 0,
          byYear: { '2024': historyMinutes(SESSIONS) },
        });
      }
      expect(latest.get('v3')?.position).toBe(
        Math.max(...volunteerEvents.filter((e) => e.streamName === 'volunteer-v3').map((e) => e.position)),
      );
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'creates the balances topic compacted and every topic with its partitions',
    async () => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const metadata = await admin.fetchTopicMetadata({
          topics: Object.values(LEDGER_TOPICS).map((topic) => qualifiedTopic(topic, prefix)),
        });
        expect(metadata.topics.map((topic) => topic.partitions.length)).toEqual([6, 6, 6, 6]);
        const configs = await admin.describeConfigs({
          includeSynonyms: false,
          resources: [{ type: 2, name: balancesTopic, configNames: ['cleanup.policy'] }],
        });
        expect(configs.resources[0]?.configEntries[0]?.configValue).toBe('compact');
      } finally {
        await admin.disconnect();
      }
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'resumes from its checkpoint after a restart, without sending anything twice',
    async () => {
      await publisher?.stop();
      const before = await countMessages(kafka, [entriesTopic]);
      const revisions = new Map([
        [volunteerStream('v2'), (await store.readStream(volunteerStream('v2'))).length - 1],
      ]);
      const head = await appendInterleaved(
        store,
        new Map([[volunteerStream('v2'), confirmedSession('v2', 'v2-late', 15, 20)]]),
        revisions,
      );
      publisher = newPublisher();
      await publisher.start();
      await publisher.waitForPosition(head, 30_000);
      expect(await countMessages(kafka, [entriesTopic])).toBe(before + 3);
      const latest = latestBalances(
        await readMessages(kafka, [balancesTopic], await countMessages(kafka, [balancesTopic])),
      );
      expect(latest.get('v2')?.confirmedMinutes).toBe(historyMinutes(SESSIONS) + 15);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'sends a batch again, with the same ids and content, when its checkpoint was not stored',
    async () => {
      await publisher?.stop();
      const entriesBefore = await countMessages(kafka, [entriesTopic]);
      const balancesBefore = await countMessages(kafka, [balancesTopic]);
      const revisions = new Map([
        [volunteerStream('v3'), (await store.readStream(volunteerStream('v3'))).length - 1],
      ]);
      const head = await appendInterleaved(
        store,
        new Map([[volunteerStream('v3'), confirmedSession('v3', 'v3-late', 25, 21)]]),
        revisions,
      );
      publisher = new Publisher({
        eventStore: store,
        // The first commit fails, as a crash between the broker's acknowledgement and the checkpoint would.
        sql: faultyTransactions(
          sql,
          (attempt) => (attempt === 1 ? 'refused' : 'none'),
          'checkpoint lost after the acknowledgement',
        ),
        brokers,
        timeZone: TIME_ZONE,
        policies,
        topicPrefix: prefix,
        migrate: false,
        retry: { initialMs: 50, maxMs: 200 },
      });
      await publisher.start();
      await publisher.waitForPosition(head, 30_000);

      // The three events and two balance changes went out twice: once before the lost checkpoint, once after.
      expect(await countMessages(kafka, [entriesTopic])).toBe(entriesBefore + 6);
      expect(await countMessages(kafka, [balancesTopic])).toBe(balancesBefore + 4);
      const all = await readMessages(
        kafka,
        [entriesTopic, balancesTopic],
        entriesBefore + balancesBefore + 10,
      );
      const late = byOffset(
        all.filter((message) => message.key === 'v3' && Number(message.headers.ce_position) > head - 3),
      );
      const copies = new Map<string, ReadMessage[]>();
      for (const message of late)
        copies.set(message.headers.ce_id ?? '', [
          ...(copies.get(message.headers.ce_id ?? '') ?? []),
          message,
        ]);
      expect(copies.size).toBe(5);
      for (const [first, second] of copies.values()) {
        expect(second).toBeDefined();
        expect({ key: second?.key, headers: second?.headers, value: second?.value }).toEqual({
          key: first?.key,
          headers: first?.headers,
          value: first?.value,
        });
      }
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'lets a school system follow the compacted balances from the beginning, counting each redelivery once',
    async () => {
      const total = await countMessages(kafka, [balancesTopic]);
      const expected = latestBalances(await readMessages(kafka, [balancesTopic], total));
      const received: VolunteerBalancePayload[] = [];
      const follower = new BalanceFollower(kafka, {
        topicPrefix: prefix,
        onBalance: (balance) => {
          received.push(balance);
        },
      });
      await follower.start();
      try {
        const deadline = Date.now() + 60_000;
        while (follower.stats().duplicates + received.length < total && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await follower.stop();
      }
      // The batch sent twice above left two copies of v3's last two balances in the topic.
      expect(follower.stats()).toEqual({ volunteers: VOLUNTEERS, duplicates: 2, rejected: 0 });
      expect(received.length).toBe(total - 2);
      expect(new Map(follower.latest())).toEqual(expected);
      for (let v = 0; v < VOLUNTEERS; v += 1) {
        const positions = received.filter((b) => b.volunteerId === `v${v}`).map((b) => b.position);
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
      }
    },
    SUITE_TIMEOUT_MS,
  );
});

function expectedKey(event: RecordedEvent): string {
  return event.streamName.startsWith('volunteer-')
    ? event.streamName.slice('volunteer-'.length)
    : event.streamName;
}

function expectedHeaders(event: RecordedEvent): Record<string, string> {
  return {
    ce_specversion: '1.0',
    ce_id: event.id,
    ce_type: cloudEventType(event.type, Number(event.metadata.schemaVersion ?? 1)),
    ce_source: `/volunteer-ledger/${event.streamName}`,
    ce_subject: expectedKey(event),
    ce_time: new Date(String(event.metadata.occurredAt)).toISOString(),
    ce_position: String(event.position),
    ce_revision: String(event.revision),
    ce_schemaversion: String(event.metadata.schemaVersion ?? 1),
    ce_correlationid: String(event.metadata.correlationId),
    'content-type': 'application/json',
  };
}

function latestBalances(messages: readonly ReadMessage[]): Map<string, VolunteerBalancePayload> {
  const latest = new Map<string, VolunteerBalancePayload>();
  for (const message of byOffset(messages))
    latest.set(message.key, JSON.parse(message.value) as VolunteerBalancePayload);
  return latest;
}
