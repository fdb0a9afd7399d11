import { randomUUID } from 'node:crypto';
import { loadPolicyDirectory } from '@vl/config';
import {
  createUpcasterRegistry,
  decodeEvent,
  defineUpcaster,
  EVENT_SCHEMA_VERSIONS,
  LEDGER_UPCASTERS,
  volunteerStream,
  type SessionConfirmed,
} from '@vl/domain';
import { PostgresEventStore, type EventData, type RecordedEvent } from '@vl/event-store';
import { cloudEventType, LEDGER_TOPICS, Publisher, qualifiedTopic } from '@vl/messaging';
import { Projector, READ_MODEL_MIGRATIONS } from '@vl/read-model';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { Kafka, logLevel } from 'kafkajs';
import { byOffset, deleteTopics, readMessages } from '../../libs/messaging/src/testing/topic-reader.js';
import { confirmedSession, registration } from '../../libs/messaging/src/testing/ledger-fixtures.js';
import { kafkaForSuite } from '../support/kafka.js';

// SessionConfirmed as an earlier build stored it: one figure, under another name.
interface SessionConfirmedV1 {
  sessionId: string;
  volunteerId: string;
  confirmedMinutes: number;
  automatic: boolean;
}

const confirmedV1ToV2 = defineUpcaster<SessionConfirmedV1, SessionConfirmed['data']>(
  'SessionConfirmed',
  1,
  ({ confirmedMinutes, ...rest }) => ({
    ...rest,
    minutes: confirmedMinutes,
    measuredMinutes: confirmedMinutes,
  }),
);
// This build's SessionConfirmed is v2; the registry is handed to each reader, nothing global changes.
const upcasters = createUpcasterRegistry({ ...EVENT_SCHEMA_VERSIONS, SessionConfirmed: 2 }, [
  ...LEDGER_UPCASTERS,
  confirmedV1ToV2,
]);

const VOLUNTEER = 'up-1';
const SESSION = 'up-1-s0';
const MINUTES = 45;
const TIME_ZONE = 'Asia/Shanghai';
const SUITE_TIMEOUT_MS = 180_000;

const kafkaSetup = await kafkaForSuite();
const brokers = 'brokers' in kafkaSetup ? kafkaSetup.brokers : [];
if ('skipped' in kafkaSetup)
  console.warn(`Publisher reader of the upcasting suite skipped: ${kafkaSetup.skipped}`);
const itWithKafka = 'skipped' in kafkaSetup ? it.skip : it;

/** The volunteer's stream with its confirmation in the v1 shape and metadata. */
function historyWithV1Confirmation(): EventData[] {
  const [checkedIn, checkedOut, confirmed] = confirmedSession(VOLUNTEER, SESSION, MINUTES);
  if (!checkedIn || !checkedOut || !confirmed) throw new Error('fixture session is incomplete');
  const v1: SessionConfirmedV1 = {
    sessionId: SESSION,
    volunteerId: VOLUNTEER,
    confirmedMinutes: MINUTES,
    automatic: false,
  };
  return [
    registration(VOLUNTEER),
    checkedIn,
    checkedOut,
    { ...confirmed, data: { ...v1 }, metadata: { ...confirmed.metadata, schemaVersion: 1 } },
  ];
}

function expectCurrentConfirmation(recorded: readonly RecordedEvent[]): void {
  const stored = recorded.find((event) => event.type === 'SessionConfirmed');
  if (!stored) throw new Error('no SessionConfirmed read back');
  expect(stored.metadata.schemaVersion).toBe(1);
  expect(decodeEvent(stored, upcasters)).toEqual({
    event: {
      type: 'SessionConfirmed',
      data: {
        sessionId: SESSION,
        volunteerId: VOLUNTEER,
        automatic: false,
        minutes: MINUTES,
        measuredMinutes: MINUTES,
      },
    },
    metadata: expect.objectContaining({ schemaVersion: 2 }),
  });
}

describe('a v1 event is read as v2 through the registered upcaster by every reader', () => {
  let sql: SqlClient;
  let store: PostgresEventStore;
  let head: number;

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://' });
    store = await PostgresEventStore.create(sql);
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    ({ position: head } = await store.append(
      volunteerStream(VOLUNTEER),
      historyWithV1Confirmation(),
      'no_stream',
    ));
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    await store?.close();
    await sql?.close();
  });

  it('decodes the stored v1 shape unchanged without the upcaster, so the readers below depend on it', async () => {
    const stored = (await store.readStream(volunteerStream(VOLUNTEER))).at(-1);
    if (!stored) throw new Error('empty stream');
    expect(decodeEvent(stored)?.event.data).toEqual({
      sessionId: SESSION,
      volunteerId: VOLUNTEER,
      confirmedMinutes: MINUTES,
      automatic: false,
    });
  });

  it('stream read', async () => {
    expectCurrentConfirmation(await store.readStream(volunteerStream(VOLUNTEER)));
  });

  it('catch-up subscription', async () => {
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ fromPosition: 0 });
    try {
      for await (const recorded of subscription) {
        seen.push(recorded);
        if (recorded.position >= head) break;
      }
    } finally {
      await subscription.close();
    }
    expectCurrentConfirmation(seen);
  });

  it('projector', async () => {
    const projector = new Projector(sql, store, { timeZone: TIME_ZONE, upcasters });
    expect(await projector.catchUp()).toBe(head);
    const sessions = await sql.query<{ state: string; minutes: number }>(
      `select state, minutes from rm_sessions where session_id = $1`,
      [SESSION],
    );
    expect(sessions.rows).toEqual([{ state: 'confirmed', minutes: MINUTES }]);
    const balances = await sql.query<{ confirmed_minutes: number; pending_minutes: number }>(
      `select confirmed_minutes, pending_minutes from rm_balances where volunteer_id = $1`,
      [VOLUNTEER],
    );
    expect(balances.rows).toEqual([{ confirmed_minutes: MINUTES, pending_minutes: 0 }]);
  });

  itWithKafka(
    'publisher',
    async () => {
      const prefix = `up-${randomUUID().slice(0, 8)}.`;
      const entriesTopic = qualifiedTopic(LEDGER_TOPICS.entries, prefix);
      const balancesTopic = qualifiedTopic(LEDGER_TOPICS.balances, prefix);
      const kafka = new Kafka({ clientId: 'upcasting-int-spec', brokers, logLevel: logLevel.NOTHING });
      const publisher = new Publisher({
        eventStore: store,
        sql,
        brokers,
        timeZone: TIME_ZONE,
        policies: await loadPolicyDirectory('policies'),
        topicPrefix: prefix,
        upcasters,
        retry: { initialMs: 100, maxMs: 1000 },
      });
      try {
        await publisher.start();
        await publisher.waitForPosition(head, 60_000);
        const entries = byOffset(await readMessages(kafka, [entriesTopic], 4));
        // The type names the schema version (…session.confirmed.v2): match it without the version.
        const confirmationType = cloudEventType('SessionConfirmed').replace(/\d+$/, '');
        const confirmation = entries.find((message) => message.headers.ce_type?.startsWith(confirmationType));
        expect(confirmation?.headers.ce_schemaversion).toBe('2');
        expect(JSON.parse(confirmation?.value ?? '{}')).toEqual({
          sessionId: SESSION,
          volunteerId: VOLUNTEER,
          automatic: false,
          minutes: MINUTES,
          measuredMinutes: MINUTES,
        });
        // The first sight of the volunteer, the pending check-out, the confirmation.
        const balances = byOffset(await readMessages(kafka, [balancesTopic], 3));
        const latest = JSON.parse(balances.at(-1)?.value ?? '{}') as { confirmedMinutes?: number };
        expect(latest.confirmedMinutes).toBe(MINUTES);
      } finally {
        await publisher.stop();
        await deleteTopics(
          kafka,
          Object.values(LEDGER_TOPICS).map((topic) => qualifiedTopic(topic, prefix)),
        );
      }
    },
    SUITE_TIMEOUT_MS,
  );
});
