import { type CloudEvent, Kafka as CloudEventsKafka } from 'cloudevents';
import { calendarDate } from '@vl/domain';
import { LEDGER_TOPICS, Publisher, qualifiedTopic } from '@vl/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { countMessages, deleteTopics, readMessages } from '../../libs/messaging/src/testing/topic-reader.js';
import { kafkaForSuite } from '../support/kafka.js';
import {
  Http,
  readModelCaughtUp,
  startTestLedger,
  storeHead,
  type TestLedger,
} from '../support/ledger-app.js';

const kafkaSetup = await kafkaForSuite();
const describeKafka = 'skipped' in kafkaSetup ? describe.skip : describe;
if ('skipped' in kafkaSetup) console.warn(`CloudEvents suite skipped: ${kafkaSetup.skipped}`);

const MINUTE = 60_000;
const T0 = Math.floor((Date.now() - 4 * 60 * MINUTE) / MINUTE) * MINUTE;
const at = (offsetMinutes: number): string => new Date(T0 + offsetMinutes * MINUTE).toISOString();
// The programme's calendar day of an instant: certificate periods and consent dates are Shanghai dates.
const day = (offsetMinutes: number): string => calendarDate(at(offsetMinutes), 'Asia/Shanghai');
const TYPE = /^cn\.org\.youth\.ledger\.[a-z0-9]+\.[a-z0-9-]+\.v\d+$/;

/** Every message the service sends, read back from the real broker and parsed by the CloudEvents SDK. */
describeKafka('CloudEvents on Kafka, parsed by the CloudEvents SDK', () => {
  const prefix = `ce${Date.now().toString(36)}.`;
  const topics = Object.values(LEDGER_TOPICS).map((name) => qualifiedTopic(name, prefix));
  const brokers = 'brokers' in kafkaSetup ? kafkaSetup.brokers : [];
  let ledger: TestLedger;
  let kafka: Kafka;
  let volunteer: Http;

  beforeAll(async () => {
    kafka = new Kafka({ clientId: 'cloudevents-e2e', brokers, logLevel: logLevel.NOTHING });
    // The publisher reads its topic prefix from the process environment.
    process.env.KAFKA_TOPIC_PREFIX = prefix;
    ledger = await startTestLedger('pglite', {
      LEDGER_ROLES: 'api,projector,publisher',
      KAFKA_BROKERS: brokers.join(','),
    });
    delete process.env.KAFKA_TOPIC_PREFIX;
    const root = new Http(ledger.url).as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    const organiser = new Http(ledger.url).as(
      await ledger.token({ sub: 'organiser', roles: ['organizer'], org: 'lianhua' }),
    );
    volunteer = new Http(ledger.url).as(
      await ledger.token({ sub: 'v1', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v1' }),
    );
    const steps: [Http, string, unknown][] = [
      [root, '/organizations', { id: 'zhuzhou', name: '株洲市', kind: 'city' }],
      [root, '/organizations', { id: 'hetang', name: '荷塘区', kind: 'district', parentId: 'zhuzhou' }],
      [root, '/organizations', { id: 'yuetang', name: '月塘街道', kind: 'subdistrict', parentId: 'hetang' }],
      [root, '/organizations', { id: 'lianhua', name: '莲花社区', kind: 'community', parentId: 'yuetang' }],
      [root, '/organizations', { id: 'no2', name: '株洲市第二中学', kind: 'school', parentId: 'hetang' }],
      [
        root,
        '/volunteers',
        {
          id: 'v1',
          name: '张小青',
          birthDate: '2006-05-01',
          organizationId: 'lianhua',
          leagueStatus: 'applicant',
        },
      ],
      [
        organiser,
        '/activities',
        {
          id: 'class-1',
          organizationId: 'lianhua',
          title: '七彩课堂',
          category: 'tutoring',
          startsAt: at(0),
          endsAt: at(150),
        },
      ],
      // Past times are the organiser's to record (a volunteer's own check-in happens at the server's time).
      [organiser, '/activities/class-1/check-ins', { volunteerId: 'v1', at: at(-5), method: 'organizer' }],
      [organiser, '/activities/class-1/check-outs', { volunteerId: 'v1', at: at(160) }],
    ];
    for (const [http, path, body] of steps) {
      const response = await http.post(path, body);
      expect([200, 201]).toContain(response.status);
    }
    const ledgerPage = await volunteer.get(`/volunteers/v1/ledger?minPosition=${await storeHead(ledger)}`);
    const sessionId = ledgerPage.body.entries[0].sessionId as string;
    for (const [http, path, body] of [
      [organiser, `/sessions/${sessionId}/confirmation`, { minutes: 120 }],
      [organiser, `/sessions/${sessionId}/corrections`, { minutes: 100, reason: '签退时间登记有误' }],
      [volunteer, '/volunteers/v1/consents', { schoolId: 'no2' }],
      [volunteer, '/volunteers/v1/certificates', { from: day(0), to: day(200) }],
      [root, `/sessions/${sessionId}/revocation`, { reason: '签到地点与活动地点不符' }],
      [
        organiser,
        '/activities/class-1/manual-sessions',
        { volunteerId: 'v1', startedAt: at(0), endedAt: at(120), minutes: 120, note: '纸质签到表' },
      ],
    ] as [Http, string, unknown][]) {
      const response = await http.post(path, body);
      expect([200, 201]).toContain(response.status);
    }
    const head = await storeHead(ledger);
    await readModelCaughtUp(ledger, head);
    await ledger.app.app.get(Publisher).waitForPosition(head, 60_000);
  });

  afterAll(async () => {
    await ledger?.close();
    if (kafka) await deleteTopics(kafka, topics);
  });

  it('sends only valid CloudEvents with reverse-DNS types, keyed and subjected as documented', async () => {
    const total = await countMessages(kafka, topics);
    const messages = await readMessages(kafka, topics, total);
    expect(messages.length).toBe(total);
    const seenTopics = new Set<string>();
    for (const message of messages) {
      const kafkaMessage = {
        key: message.key,
        value: message.value,
        body: message.value,
        headers: message.headers,
      };
      const event = CloudEventsKafka.toEvent(kafkaMessage as Parameters<typeof CloudEventsKafka.toEvent>[0]);
      const single = (Array.isArray(event) ? event[0] : event) as CloudEvent<unknown> | undefined;
      if (!single) throw new Error('no event parsed');
      expect(single.validate()).toBe(true);
      expect(single.specversion).toBe('1.0');
      expect(single.type).toMatch(TYPE);
      expect(single.datacontenttype).toBe('application/json');
      expect(single.subject).toBe(message.key);
      seenTopics.add(message.topic);
      const stream = single.source.split('/').pop() ?? '';
      if (message.topic.endsWith(LEDGER_TOPICS.entries)) {
        // Keyed by the volunteer id where the event has one, else by its stream name.
        expect(message.key).toBe(
          stream.startsWith('volunteer-') ? stream.slice('volunteer-'.length) : stream,
        );
      } else {
        expect(message.key).toBe('v1');
      }
    }
    // 120 minutes reach no eligibility tier, so this journey sends nothing on the eligibility topic.
    for (const name of [LEDGER_TOPICS.entries, LEDGER_TOPICS.balances, LEDGER_TOPICS.certificates]) {
      expect(seenTopics).toContain(qualifiedTopic(name, prefix));
    }
    const types = new Set(messages.map((message) => message.headers.ce_type));
    expect(types).toContain('cn.org.youth.ledger.organization.registered.v1');
    expect(types).toContain('cn.org.youth.ledger.session.confirmed.v1');
    expect(types).toContain('cn.org.youth.ledger.volunteer.balance-changed.v1');
    expect(types).toContain('cn.org.youth.ledger.certificate.issued.v1');
    expect(types).toContain('cn.org.youth.ledger.certificate.revoked.v1');
  });

  it('carries the points of the HTTP balance on the latest balance message', async () => {
    const balances = qualifiedTopic(LEDGER_TOPICS.balances, prefix);
    const messages = await readMessages(kafka, [balances], await countMessages(kafka, [balances]));
    const latest = messages
      .map(
        (message) =>
          JSON.parse(message.value) as { position: number; points: number; confirmedMinutes: number },
      )
      .sort((a, b) => b.position - a.position)[0];
    const http = await volunteer.get('/volunteers/v1/balance');
    expect(latest).toMatchObject({ confirmedMinutes: http.body.confirmedMinutes, points: http.body.points });
    expect(http.body.points).toBeGreaterThan(0);
  });
});
