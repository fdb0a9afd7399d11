import { calendarDate } from '@vl/domain';
import { LEDGER_TOPICS, Publisher, qualifiedTopic } from '@vl/messaging';
import { identityCheckDigit } from '@vl/personal-data';
import { SQL_CLIENT } from '@vl/platform';
import { type SqlClient } from '@vl/sql';
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
import { dumpReadModel } from '../support/read-model-dump.js';

const kafkaSetup = await kafkaForSuite();
const describeKafka = 'skipped' in kafkaSetup ? describe.skip : describe;
if ('skipped' in kafkaSetup) console.warn(`personal-data suite skipped: ${kafkaSetup.skipped}`);

const MINUTE = 60_000;
const T0 = Math.floor((Date.now() - 4 * 60 * MINUTE) / MINUTE) * MINUTE;
const at = (offsetMinutes: number): string => new Date(T0 + offsetMinutes * MINUTE).toISOString();
// The programme's calendar day of an instant: certificate periods and consent dates are Shanghai dates.
const day = (offsetMinutes: number): string => calendarDate(at(offsetMinutes), 'Asia/Shanghai');
const withCheckDigit = (first17: string): string => `${first17}${identityCheckDigit(first17)}`;

// The adult's personal data: every one of these strings must be gone from everything after erasure.
const NAME = '欧阳晓青';
const BIRTH_DATE = '2001-07-09';
const PHONE = '13877770001';
const IDENTITY = withCheckDigit('43020220010709123');
const SECRETS = [NAME, '晓青', BIRTH_DATE, '20010709', PHONE, IDENTITY];

const MINOR_BIRTH = `${new Date(T0).getUTCFullYear() - 15}-03-01`;
const GUARDIAN = {
  name: '欧阳大山',
  phone: '13977770002',
  relation: '父亲',
  consentedOn: day(-60 * 24),
};

async function rawStore(sql: SqlClient): Promise<string> {
  const tables = ['es_events', 'pd_people', 'pd_reads'];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql.query<{ dump: string | null }>(
      `select string_agg(row_to_json(t)::text, E'\\n') as dump from ${table} t`,
    );
    parts.push(rows[0]?.dump ?? '');
  }
  const text = parts.join('\n');
  const hex = [...text.matchAll(/\\\\x([0-9a-f]+)/g)].map((m) =>
    Buffer.from(m[1] ?? '', 'hex').toString('utf8'),
  );
  return [text, ...hex].join('\n');
}

const leaks = (text: string): string[] => SECRETS.filter((secret) => text.includes(secret));

describeKafka('personal data kept apart, encrypted and erasable, over HTTP with Kafka', () => {
  const prefix = `pd${Date.now().toString(36)}.`;
  const topics = Object.values(LEDGER_TOPICS).map((name) => qualifiedTopic(name, prefix));
  const brokers = 'brokers' in kafkaSetup ? kafkaSetup.brokers : [];
  let ledger: TestLedger;
  let kafka: Kafka;
  let sql: SqlClient;
  let root: Http;
  let admin: Http;
  let otherAdmin: Http;
  let organiser: Http;
  let volunteer: Http;
  let minor: Http;
  let certificateCode: string;

  beforeAll(async () => {
    kafka = new Kafka({ clientId: 'personal-data-e2e', brokers, logLevel: logLevel.NOTHING });
    process.env.KAFKA_TOPIC_PREFIX = prefix;
    ledger = await startTestLedger('pglite', {
      LEDGER_ROLES: 'api,projector,publisher',
      KAFKA_BROKERS: brokers.join(','),
    });
    delete process.env.KAFKA_TOPIC_PREFIX;
    sql = ledger.app.app.get<SqlClient>(SQL_CLIENT);
    const http = new Http(ledger.url);
    root = http.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    admin = http.as(await ledger.token({ sub: 'hetang-admin', roles: ['admin'], org: 'hetang' }));
    otherAdmin = http.as(await ledger.token({ sub: 'ty-admin', roles: ['admin'], org: 'tianyuan' }));
    organiser = http.as(await ledger.token({ sub: 'organiser', roles: ['organizer'], org: 'lianhua' }));
    volunteer = http.as(
      await ledger.token({ sub: 'v-adult', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-adult' }),
    );
    minor = http.as(
      await ledger.token({ sub: 'v-minor', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-minor' }),
    );
    for (const body of [
      { id: 'zhuzhou', name: '株洲市', kind: 'city' },
      { id: 'hetang', name: '荷塘区', kind: 'district', parentId: 'zhuzhou' },
      { id: 'tianyuan', name: '天元区', kind: 'district', parentId: 'zhuzhou' },
      { id: 'lianhua', name: '莲花社区', kind: 'community', parentId: 'hetang' },
      { id: 'no2', name: '株洲市第二中学', kind: 'school', parentId: 'hetang' },
    ]) {
      expect((await root.post('/organizations', body)).status).toBe(201);
    }
  });

  afterAll(async () => {
    await ledger?.close();
    if (kafka) await deleteTopics(kafka, topics);
  });

  it('refuses bad input with a problem detail and writes nothing', async () => {
    const base = { organizationId: 'lianhua', leagueStatus: 'none', name: '李四', birthDate: BIRTH_DATE };
    const head = await storeHead(ledger);
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [
        { id: 'bad-1', identityNumber: `${IDENTITY.slice(0, 17)}${IDENTITY[17] === '1' ? '2' : '1'}` },
        400,
        'INVALID_IDENTITY_NUMBER',
        'identityNumber',
      ],
      [
        { id: 'bad-2', identityNumber: withCheckDigit('43020220010230123'), birthDate: '2001-02-28' },
        400,
        'INVALID_IDENTITY_NUMBER',
        'identityNumber',
      ],
      [
        { id: 'bad-3', identityNumber: withCheckDigit('43020220010710123') },
        400,
        'INVALID_IDENTITY_NUMBER',
        'identityNumber',
      ],
      [{ id: 'bad-4', birthDate: MINOR_BIRTH }, 422, 'GUARDIAN_CONSENT_REQUIRED', 'guardian'],
    ];
    for (const [override, status, code, field] of cases) {
      const response = await admin.post('/volunteers', { ...base, ...override });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body).toMatchObject({ code, field });
      expect(JSON.stringify(response.body)).not.toContain(IDENTITY.slice(6, 14));
    }
    expect(await storeHead(ledger)).toBe(head);
    const { rows } = await sql.query(`select volunteer_id from pd_people where volunteer_id like 'bad-%'`);
    expect(rows).toEqual([]);
  });

  it('registers with ids only in the event and nothing readable in the store', async () => {
    const adult = await admin.post('/volunteers', {
      id: 'v-adult',
      name: NAME,
      birthDate: BIRTH_DATE,
      phone: PHONE,
      identityNumber: IDENTITY,
      organizationId: 'lianhua',
      leagueStatus: 'applicant',
    });
    expect(adult.status).toBe(201);
    const young = await admin.post('/volunteers', {
      id: 'v-minor',
      name: '王小明',
      birthDate: MINOR_BIRTH,
      organizationId: 'lianhua',
      schoolId: 'no2',
      leagueStatus: 'none',
      guardian: GUARDIAN,
    });
    expect(young.status).toBe(201);
    expect(leaks(await rawStore(sql))).toEqual([]);
    const { rows } = await sql.query<{ data: Record<string, unknown> }>(
      `select data from es_events where type = 'VolunteerRegistered' order by position`,
    );
    expect(rows.map((row) => Object.keys(row.data).sort())).toEqual([
      [
        'leagueStatus',
        'minorAtRegistration',
        'organizationId',
        'organizationPath',
        'schoolId',
        'volunteerId',
      ],
      [
        'leagueStatus',
        'minorAtRegistration',
        'organizationId',
        'organizationPath',
        'schoolId',
        'volunteerId',
      ],
    ]);
    expect(rows.map((row) => row.data.minorAtRegistration)).toEqual([false, true]);
  });

  it('shows names masked, and the unmasked record only to the person and their administrators, logged', async () => {
    await readModelCaughtUp(ledger);
    const profile = await admin.get('/volunteers/v-adult');
    expect(profile.body).toMatchObject({ name: '欧**青', birthDate: '2001-**-**' });
    const list = await admin.get('/organizations/lianhua/volunteers');
    expect(list.body.items.map((item: { name: string }) => item.name).sort()).toEqual(['欧**青', '王*明']);
    const own = await volunteer.get('/volunteers/v-adult/personal-data');
    expect(own.body).toEqual({
      volunteerId: 'v-adult',
      name: NAME,
      birthDate: BIRTH_DATE,
      phone: PHONE,
      identityNumber: IDENTITY,
      guardian: null,
    });
    expect((await admin.get('/volunteers/v-minor/personal-data')).body.guardian).toEqual(GUARDIAN);
    // The masked view pages show is not an unmasked read: it is not logged.
    const masked = await volunteer.get('/volunteers/v-adult/personal-data/masked');
    expect(masked.body).toEqual({
      volunteerId: 'v-adult',
      status: 'present',
      record: {
        name: '欧**青',
        birthDate: '2001-**-**',
        phone: '138****0001',
        identityNumber: `${IDENTITY.slice(0, 4)}**********${IDENTITY.slice(-4)}`,
        guardian: null,
      },
      erasedAt: null,
    });
    expect(leaks(JSON.stringify(masked.body))).toEqual([]);
    expect((await admin.get('/volunteers/v-minor/personal-data/masked')).body.record.guardian).toEqual({
      name: '欧**山',
      phone: '139****0002',
      relation: '父亲',
    });
    expect((await organiser.get('/volunteers/v-adult/personal-data/masked')).status).toBe(403);
    expect((await otherAdmin.get('/volunteers/v-adult/personal-data')).status).toBe(403);
    expect((await organiser.get('/volunteers/v-adult/personal-data')).status).toBe(403);
    const log = await admin.get('/organizations/hetang/personal-data-reads');
    expect(log.status).toBe(200);
    expect(
      log.body.items.map((read: { actor: string; volunteerId: string; route: string }) => [
        read.actor,
        read.volunteerId,
      ]),
    ).toEqual([
      ['hetang-admin', 'v-minor'],
      ['v-adult', 'v-adult'],
    ]);
    expect(log.body.items[0].route).toBe('GET /api/v1/volunteers/:id/personal-data');
    const today = calendarDate(new Date(), 'Asia/Shanghai');
    const yesterday = calendarDate(new Date(Date.now() - 24 * 60 * MINUTE), 'Asia/Shanghai');
    const ofDays = async (query: string) =>
      (await admin.get(`/organizations/hetang/personal-data-reads?${query}`)).body.items.length;
    expect(await ofDays(`from=${today}&to=${today}`)).toBe(2);
    expect(await ofDays(`to=${yesterday}`)).toBe(0);
    expect(await ofDays(`from=${yesterday}&to=${yesterday}`)).toBe(0);
    const firstPage = await admin.get(`/organizations/hetang/personal-data-reads?from=${today}&limit=1`);
    expect(firstPage.body.items.map((read: { volunteerId: string }) => read.volunteerId)).toEqual([
      'v-minor',
    ]);
    const secondPage = await admin.get(
      `/organizations/hetang/personal-data-reads?from=${today}&limit=1&cursor=${firstPage.body.nextCursor}`,
    );
    expect(secondPage.body.items.map((read: { volunteerId: string }) => read.volunteerId)).toEqual([
      'v-adult',
    ]);
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      [`from=${today}&to=${yesterday}`, 'from'],
    ]) {
      const refused = await admin.get(`/organizations/hetang/personal-data-reads?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(refused.body)).toContain(field);
    }
    expect((await otherAdmin.get('/organizations/tianyuan/personal-data-reads')).body.items).toEqual([]);
    expect((await otherAdmin.get('/organizations/hetang/personal-data-reads')).status).toBe(403);
  });

  it('lets only the volunteer (with a guardian’s consent for a minor) grant a school consent', async () => {
    const byAdmin = await admin.post('/volunteers/v-minor/consents', { schoolId: 'no2' });
    expect(byAdmin.status).toBe(403);
    const withoutGuardian = await minor.post('/volunteers/v-minor/consents', { schoolId: 'no2' });
    expect(withoutGuardian.status).toBe(422);
    expect(withoutGuardian.body).toMatchObject({
      code: 'GUARDIAN_CONSENT_REQUIRED',
      field: 'guardianConsentedOn',
    });
    const granted = await minor.post('/volunteers/v-minor/consents', {
      schoolId: 'no2',
      guardianConsentedOn: day(0),
    });
    expect(granted.status).toBe(201);
    expect((await volunteer.post('/volunteers/v-adult/consents', { schoolId: 'no2' })).status).toBe(201);
  });

  it('erases: nothing personal left anywhere, totals unchanged, certificates still verify', async () => {
    expect(
      (
        await organiser.post('/activities', {
          id: 'class-1',
          organizationId: 'lianhua',
          title: '七彩课堂',
          category: 'tutoring',
          startsAt: at(0),
          endsAt: at(150),
        })
      ).status,
    ).toBe(201);
    await organiser.post('/activities/class-1/check-ins', {
      volunteerId: 'v-adult',
      at: at(0),
      method: 'organizer',
    });
    const out = await organiser.post('/activities/class-1/check-outs', {
      volunteerId: 'v-adult',
      at: at(120),
    });
    expect((await organiser.post(`/sessions/${out.body.sessionId}/confirmation`, {})).status).toBe(200);
    const issued = await volunteer.post('/volunteers/v-adult/certificates', {
      from: day(0),
      to: day(150),
    });
    expect(issued.status).toBe(201);
    certificateCode = issued.body.code;
    const copy = await volunteer.get('/volunteers/v-adult/personal-data/copy');
    expect(copy.body.personalData.identityNumber).toBe(IDENTITY);
    expect(copy.body.events.map((event: { type: string }) => event.type)).toContain('SessionConfirmed');
    const html = await fetch(`${ledger.url}/api/v1/volunteers/v-adult/personal-data/copy?format=html`, {
      headers: {
        authorization: `Bearer ${await ledger.token({ sub: 'v-adult', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-adult' })}`,
      },
    });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain(NAME);

    await readModelCaughtUp(ledger);
    const before = (await admin.get('/volunteers/v-adult/balance')).body;
    const readModelBefore = await dumpReadModel(ledger);
    expect(before.confirmedMinutes).toBe(120);

    expect(
      (await organiser.post('/volunteers/v-adult/personal-data/erasure', { reason: '本人申请' })).status,
    ).toBe(403);
    expect((await volunteer.post('/volunteers/v-adult/personal-data/erasure', { reason: '' })).status).toBe(
      422,
    );
    const erased = await volunteer.post('/volunteers/v-adult/personal-data/erasure', {
      reason: '本人书面申请 / own request',
    });
    expect(erased.status).toBe(200);
    const again = await admin.post('/volunteers/v-adult/personal-data/erasure', { reason: 'repeat' });
    expect(again.status).toBe(200);
    const erasures = await sql.query<{ data: Record<string, unknown> }>(
      `select data from es_events where type = 'PersonalDataErased'`,
    );
    expect(erasures.rows.map((row) => row.data)).toEqual([
      { volunteerId: 'v-adult', erasedBy: 'v-adult', reason: '本人书面申请 / own request' },
    ]);

    const head = await storeHead(ledger);
    await readModelCaughtUp(ledger, head);
    await ledger.app.app.get(Publisher).waitForPosition(head, 60_000);

    // Store, read models and every Kafka message: no trace.
    expect(leaks(await rawStore(sql))).toEqual([]);
    const readModelAfter = await dumpReadModel(ledger);
    expect(leaks(JSON.stringify(readModelAfter))).toEqual([]);
    expect(readModelAfter.rm_balances).toEqual(readModelBefore.rm_balances);
    const messages = await readMessages(kafka, topics, await countMessages(kafka, topics));
    expect(messages.length).toBeGreaterThan(0);
    const everything = messages.map(
      (message) => `${message.key}\n${message.value}\n${JSON.stringify(message.headers)}`,
    );
    expect(leaks(everything.join('\n'))).toEqual([]);
    expect(messages.some((message) => message.headers.ce_type?.includes('personal.data-erased'))).toBe(true);

    // Every route: masked as erased, or gone; hours stay.
    const answers = await Promise.all([
      admin.get('/volunteers/v-adult'),
      admin.get('/organizations/lianhua/volunteers'),
      admin.get('/activities/class-1'),
      admin.get('/volunteers/v-adult/ledger'),
      admin.get('/volunteers/v-adult/balance'),
      admin.get(`/certificates/${certificateCode}`),
      admin.get('/organizations/hetang/eligibility'),
    ]);
    expect(leaks(JSON.stringify(answers.map((answer) => answer.body)))).toEqual([]);
    expect(answers[0]?.body.name).toBe('已删除 (erased)');
    expect(answers[4]?.body).toMatchObject({ confirmedMinutes: 120, points: before.points });
    expect(answers[5]?.body).toMatchObject({ valid: true, volunteer: '已删除 (erased)', minutes: 120 });
    const eligibility = await admin.get('/volunteers/v-adult/eligibility');
    expect(eligibility.status).toBe(410);
    expect(eligibility.body.code).toBe('PERSONAL_DATA_ERASED');
    expect((await volunteer.get('/volunteers/v-adult/personal-data')).status).toBe(410);
    expect((await volunteer.get('/volunteers/v-adult/personal-data/copy')).status).toBe(410);
    const maskedAfter = await volunteer.get('/volunteers/v-adult/personal-data/masked');
    expect(maskedAfter.body).toMatchObject({ volunteerId: 'v-adult', status: 'erased', record: null });
    expect(Date.parse(maskedAfter.body.erasedAt)).toBeGreaterThan(T0);
  });
});
