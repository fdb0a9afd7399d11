import { randomUUID } from 'node:crypto';
import { volunteerStream } from '@vl/domain';
import { PostgresEventStore, type EventData } from '@vl/event-store';
import { createSqlClient, type SqlClient } from '@vl/sql';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaForSuite } from '../../../../test/support/kafka.js';
import { appendInterleaved } from '../testing/ledger-appender.js';
import { certificateIssued, confirmedSession, correction, registration } from '../testing/ledger-fixtures.js';
import { starPolicies } from '../testing/policy-fixtures.js';
import { byOffset, countMessages, deleteTopics, readMessages } from '../testing/topic-reader.js';
import { LEDGER_TOPICS, qualifiedTopic } from '../topics/ledger-topics.js';
import { type CertificatePayload, type EligibilityChangedPayload } from '../topics/topic-payloads.js';
import { Publisher } from './publisher.js';

const SUITE_TIMEOUT_MS = 180_000;

const kafkaSetup = await kafkaForSuite();
const brokers = 'brokers' in kafkaSetup ? kafkaSetup.brokers : [];
const describeKafka = 'skipped' in kafkaSetup ? describe.skip : describe;
if ('skipped' in kafkaSetup) console.warn(`Kafka derived-topics suite skipped: ${kafkaSetup.skipped}`);

describeKafka('Publisher of the derived topics on a real Kafka broker', () => {
  const prefix = `it-derived-${randomUUID().slice(0, 8)}.`;
  const topic = (name: keyof typeof LEDGER_TOPICS) => qualifiedTopic(LEDGER_TOPICS[name], prefix);
  let kafka: Kafka;
  let sql: SqlClient;
  let store: PostgresEventStore;
  let publisher: Publisher | undefined;
  const revisions = new Map<string, number>();

  const startPublisher = async (): Promise<Publisher> => {
    const started = new Publisher({
      eventStore: store,
      sql,
      brokers,
      timeZone: 'Asia/Shanghai',
      policies: starPolicies,
      topicPrefix: prefix,
      retry: { initialMs: 100, maxMs: 1000 },
      // What the personal-data store answers for these fixtures: no event carries a birth date.
      birthDatesOf: (ids) => Promise.resolve(new Map(ids.map((id) => [id, '2008-05-01']))),
    });
    await started.start();
    return started;
  };
  const append = (streams: ReadonlyArray<readonly [string, EventData[]]>) =>
    appendInterleaved(store, new Map(streams), revisions);

  beforeAll(async () => {
    kafka = new Kafka({ clientId: 'publisher-derived-int-spec', brokers, logLevel: logLevel.NOTHING });
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
        Object.values(LEDGER_TOPICS).map((name) => qualifiedTopic(name, prefix)),
      );
  }, SUITE_TIMEOUT_MS);

  it(
    'sends one eligibility message when a volunteer crosses a tier, keyed by the volunteer, with its headers',
    async () => {
      publisher = await startPublisher();
      // 40 then 30 minutes: one star (60 minutes) is reached with the second confirmation, and only then.
      const head = await append([
        [
          volunteerStream('va'),
          [
            registration('va'),
            ...confirmedSession('va', 'va-1', 40, 1),
            ...confirmedSession('va', 'va-2', 30, 2),
          ],
        ],
      ]);
      await publisher.waitForPosition(head, 60_000);
      expect(await countMessages(kafka, [topic('eligibility')])).toBe(1);
      const [message] = await readMessages(kafka, [topic('eligibility')], 1);
      const cause = (await store.readStream(volunteerStream('va'))).at(-1);
      if (!message || !cause) throw new Error('expected a message and its cause');
      expect(message.key).toBe('va');
      expect(message.headers).toEqual({
        ce_specversion: '1.0',
        ce_id: `${cause.id}:eligibility:stars`,
        ce_type: 'cn.org.youth.ledger.volunteer.eligibility-changed.v1',
        ce_source: `/volunteer-ledger/${volunteerStream('va')}`,
        ce_subject: 'va',
        ce_time: String(cause.metadata.recordedAt),
        ce_position: String(cause.position),
        ce_policyid: 'stars',
        'content-type': 'application/json',
      });
      expect(JSON.parse(message.value) as EligibilityChangedPayload).toMatchObject({
        volunteerId: 'va',
        policyId: 'stars',
        eligible: true,
        tier: '1-star',
        measured: 70,
        evidence: ['va-1', 'va-2'],
        previous: { eligible: false, tier: null },
      });
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'sends a certificate issue, and after a restart and a correction below its figure, one revocation',
    async () => {
      const issued = certificateIssued('vb', 'cb', [
        { sessionId: 'vb-1', minutes: 40 },
        { sessionId: 'vb-2', minutes: 30 },
      ]);
      let head = await append([
        [
          volunteerStream('vb'),
          [
            registration('vb'),
            ...confirmedSession('vb', 'vb-1', 40, 1),
            ...confirmedSession('vb', 'vb-2', 30, 2),
          ],
        ],
      ]);
      head = await append([['certificate-cb', [issued]]]);
      await publisher?.waitForPosition(head, 60_000);
      // The revocation is judged on state stored with the checkpoint, not on what one process remembers.
      await publisher?.stop();
      publisher = await startPublisher();
      head = await append([
        [volunteerStream('vb'), [correction('vb', 'vb-2', 20, 30, '2024-08-05T00:00:00.000Z')]],
      ]);
      await publisher.waitForPosition(head, 60_000);
      // vb's correction leaves 60 minutes: still one star, so no second eligibility message for vb.
      expect(await countMessages(kafka, [topic('eligibility')])).toBe(2);

      expect(await countMessages(kafka, [topic('certificates')])).toBe(2);
      const messages = byOffset(await readMessages(kafka, [topic('certificates')], 2));
      expect(messages.map((message) => [message.key, message.headers.ce_type])).toEqual([
        ['vb', 'cn.org.youth.ledger.certificate.issued.v1'],
        ['vb', 'cn.org.youth.ledger.certificate.revoked.v1'],
      ]);
      expect(new Set(messages.map((message) => message.partition)).size).toBe(1);
      const [issue, revoke] = messages.map((message) => JSON.parse(message.value) as CertificatePayload);
      expect(issue).toMatchObject({ certificateId: 'cb', code: 'CODE-cb', minutes: 70, revokedAt: null });
      expect(revoke).toMatchObject({
        certificateId: 'cb',
        minutes: 70,
        revokedAt: '2024-08-05T00:00:00.000Z',
      });
      expect(messages[0]?.headers.ce_id).toBe(issued.id);
      expect(messages.some((message) => message.value.includes('header.payload.signature'))).toBe(false);

      // The issue carries a name and a signature and is not an hour entry: it is not on the entries topic.
      const recorded = await store.readAll({ fromPosition: 0, maxCount: 1000 });
      const entries = await readMessages(kafka, [topic('entries')], recorded.length - 1);
      expect(
        entries.some((message) => message.headers.ce_type === 'cn.org.youth.ledger.certificate.issued.v1'),
      ).toBe(false);
      expect(await countMessages(kafka, [topic('entries')])).toBe(recorded.length - 1);
    },
    SUITE_TIMEOUT_MS,
  );
});
