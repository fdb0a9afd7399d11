import { SQL_CLIENT } from '@vl/platform';
import { type SqlClient } from '@vl/sql';
import { postgresSkipReason } from '@vl/testing';
import { Reflector } from '@nestjs/core';
import { type GroupCommit, type GroupItem } from '@vl/sql';
import {
  idempotencyKeyHash,
  IdempotencyInterceptor,
} from '../../apps/api/src/shared/idempotency.interceptor.js';
import { requestHash } from '../../apps/api/src/shared/request-fingerprint.js';
import { testDatabaseUrl } from '../support/infra.js';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { type Backend, Http, startTestLedger, storeHead, type TestLedger } from '../support/ledger-app.js';

const backends: Backend[] = ['pglite', 'postgres'];
const MINUTE = 60_000;
/** The activity started three hours ago, on a whole minute, and runs until an hour from now. */
const T0 = Math.floor((Date.now() - 3 * 60 * MINUTE) / MINUTE) * MINUTE;
const at = (offsetMinutes: number): string => new Date(T0 + offsetMinutes * MINUTE).toISOString();
const ago = (minutes: number): string => new Date(Date.now() - minutes * MINUTE).toISOString();

/** The raw answer, so two answers can be compared byte for byte. */
async function rawPost(
  ledger: TestLedger,
  token: string,
  path: string,
  body: unknown,
  key: string,
): Promise<{ status: number; text: string; replayed: string | null }> {
  const response = await fetch(`${ledger.url}/api/v1${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    text: await response.text(),
    replayed: response.headers.get('idempotent-replayed'),
  };
}

describe.each(backends)('Idempotency-Key under concurrency on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;

  let ledger: TestLedger;
  let organiserToken: string;
  let organiser: Http;
  let volunteerCount = 0;

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend);
    const anonymous = new Http(ledger.url);
    const sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    organiserToken = await ledger.token({ sub: 'organiser-1', roles: ['organizer'], org: 'lianhua' });
    organiser = anonymous.as(organiserToken);
    expect((await sysadmin.post('/organizations', { id: 'zz', name: '株洲市', kind: 'city' })).status).toBe(
      201,
    );
    const tree = [
      ['hetang', 'district', 'zz'],
      ['yuetang', 'subdistrict', 'hetang'],
      ['lianhua', 'community', 'yuetang'],
    ] as const;
    for (const [id, kind, parentId] of tree) {
      expect((await sysadmin.post('/organizations', { id, name: id, kind, parentId })).status).toBe(201);
    }
    const activity = await organiser.post('/activities', {
      id: 'act',
      organizationId: 'lianhua',
      title: '七彩课堂',
      category: 'tutoring',
      startsAt: at(0),
      endsAt: at(240),
    });
    expect(activity.status).toBe(201);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  async function volunteerWithOpenSession(): Promise<string> {
    volunteerCount += 1;
    const id = `v${volunteerCount}`;
    const sysadmin = new Http(ledger.url).as(await ledger.token({ roles: ['admin'], org: '*' }));
    const registered = await sysadmin.post('/volunteers', {
      id,
      name: '张小青',
      birthDate: '2004-05-01',
      organizationId: 'lianhua',
      leagueStatus: 'member',
    });
    expect(registered.status).toBe(201);
    const checkIn = await organiser.post('/activities/act/check-ins', {
      volunteerId: id,
      at: ago(60),
      method: 'organizer',
    });
    expect(checkIn.status).toBe(201);
    return id;
  }

  maybe('accepts one of four concurrent check-outs with one key and different bodies', async () => {
    const volunteerId = await volunteerWithOpenSession();
    const answers = await Promise.all(
      [5, 10, 15, 20].map((minutes) =>
        rawPost(
          ledger,
          organiserToken,
          '/activities/act/check-outs',
          { volunteerId, at: ago(minutes) },
          `out-${volunteerId}`,
        ),
      ),
    );
    const accepted = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 422);
    expect({ accepted: accepted.length, refused: refused.length }).toEqual({ accepted: 1, refused: 3 });
    for (const answer of refused) expect(JSON.parse(answer.text).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const stated = JSON.parse(accepted[0]?.text ?? '{}') as { measuredMinutes: number; position: number };
    const ledgerPage = await organiser.get(
      `/volunteers/${volunteerId}/ledger?minPosition=${stated.position}`,
    );
    expect(ledgerPage.status).toBe(200);
    expect(ledgerPage.body.entries[0].measuredMinutes).toBe(stated.measuredMinutes);
  });

  maybe('answers ten concurrent identical requests with one event and byte-identical answers', async () => {
    const volunteerId = await volunteerWithOpenSession();
    const head = await storeHead(ledger);
    const body = { volunteerId, at: ago(1) };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        rawPost(ledger, organiserToken, '/activities/act/check-outs', body, `same-${volunteerId}`),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(answers.filter((answer) => answer.replayed === 'true')).toHaveLength(9);
    expect(await storeHead(ledger)).toBe(head + 1);
    const later = await rawPost(
      ledger,
      organiserToken,
      '/activities/act/check-outs',
      body,
      `same-${volunteerId}`,
    );
    expect(later).toEqual({ status: 200, text: answers[0]?.text, replayed: 'true' });
  });

  maybe('refuses, with every other body, a key whose first request is still in progress', async () => {
    const volunteerId = await volunteerWithOpenSession();
    const bodies = [
      { volunteerId, at: ago(2) },
      { volunteerId, at: ago(3) },
    ];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        rawPost(
          ledger,
          organiserToken,
          '/activities/act/check-outs',
          bodies[index % 2],
          `pair-${volunteerId}`,
        ),
      ),
    );
    const accepted = answers.filter((answer) => answer.status === 200);
    expect(accepted).toHaveLength(5);
    expect(new Set(accepted.map((answer) => answer.text)).size).toBe(1);
    expect(answers.filter((answer) => answer.status === 422)).toHaveLength(5);
  });

  maybe(
    'claims and completes in one statement: a claim of a key completed beside it finds it taken',
    async () => {
      const sql = ledger.app.app.get<symbol, SqlClient>(SQL_CLIENT);
      // The interceptor's own statement, driven directly so the group's contents are certain.
      type Write =
        | (GroupItem & { kind: 'claim'; keyHash: string; requestHash: string; token: string })
        | (GroupItem & { kind: 'completion'; keyHash: string; token: string; status: number; text: string });
      const writes = (
        new IdempotencyInterceptor(sql, new Reflector(), {}) as unknown as {
          writes: GroupCommit<Write, boolean>;
        }
      ).writes;
      const key = `grouped-${String(Date.now())}`;
      const other = `${key}-other`;
      expect(await writes.submit({ kind: 'claim', keyHash: key, requestHash: 'h', token: `${key}-t1` })).toBe(
        true,
      );
      // The first write goes alone; the three after it, sent while it is in flight, share the next statement.
      const [lone, completed, retried, fresh] = await Promise.all([
        writes.submit({ kind: 'claim', keyHash: `${key}-lone`, requestHash: 'h', token: `${key}-t0` }),
        writes.submit({
          kind: 'completion',
          keyHash: key,
          token: `${key}-t1`,
          status: 201,
          text: '{"ok":1}',
        }),
        writes.submit({ kind: 'claim', keyHash: key, requestHash: 'h', token: `${key}-t2` }),
        writes.submit({ kind: 'claim', keyHash: other, requestHash: 'h', token: `${key}-t3` }),
      ]);
      expect([lone, completed, retried, fresh]).toEqual([true, true, false, true]);
      const { rows } = await sql.query<{ key_hash: string; state: string; response: string | null }>(
        `select key_hash, state, response from api_idempotency where key_hash = any($1::text[]) order by key_hash`,
        [[key, other]],
      );
      expect(rows).toEqual([
        { key_hash: key, state: 'completed', response: '{"ok":1}' },
        { key_hash: other, state: 'in-progress', response: null },
      ]);
    },
  );

  maybe('takes over a claim left in progress by a crashed request once its lease has run out', async () => {
    // A registration writes personal data before its event, so its key is claimed before the command runs.
    const sql = ledger.app.app.get<symbol, SqlClient>(SQL_CLIENT);
    const adminToken = await ledger.token({ sub: 'root', roles: ['admin'], org: '*' });
    volunteerCount += 1;
    const path = '/volunteers';
    const body = {
      id: `v${volunteerCount}`,
      name: '李小红',
      birthDate: '2005-09-01',
      organizationId: 'lianhua',
      leagueStatus: 'none',
    };
    const key = `crashed-${body.id}`;
    const keyHash = idempotencyKeyHash({
      sub: 'root',
      method: 'POST',
      route: '/api/v1/volunteers',
      url: `/api/v1${path}`,
      key,
    });
    // What a process killed mid-request leaves behind: a claim in progress whose lease ends in 1.5 s.
    const claim = (hash: string) =>
      sql.query(
        `insert into api_idempotency (key_hash, request_hash, state, claim_token, lease_until)
         values ($1, $2, 'in-progress', 'dead', now() + interval '1500 milliseconds')`,
        [keyHash, hash],
      );
    await claim('the hash of another body');
    // The claim holds another body's hash: refused at once, even while in progress.
    const other = await rawPost(ledger, adminToken, path, body, key);
    expect(other.status).toBe(422);
    await sql.query(`delete from api_idempotency where key_hash = $1`, [keyHash]);

    await claim(requestHash(body));
    const started = Date.now();
    const answer = await rawPost(ledger, adminToken, path, body, key);
    const waited = Date.now() - started;
    expect(answer.status).toBe(201);
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(waited).toBeLessThan(10_000);
    // The answer is stored (it may land just after the request was answered): the same key replays it.
    const again = await rawPost(ledger, adminToken, path, body, key);
    expect(again).toEqual({ status: 201, text: answer.text, replayed: 'true' });
    const { rows } = await sql.query<{ state: string; response: string }>(
      `select state, response from api_idempotency where key_hash = $1`,
      [keyHash],
    );
    expect(rows[0]).toEqual({ state: 'completed', response: answer.text });
  });

  maybe(
    "binds a check-out's key in its append, and refuses the key with another body after that",
    async () => {
      const volunteerId = await volunteerWithOpenSession();
      const sql = ledger.app.app.get<symbol, SqlClient>(SQL_CLIENT);
      const path = '/activities/act/check-outs';
      const body = { volunteerId, at: ago(4) };
      const key = `bound-${volunteerId}`;
      const keyHash = idempotencyKeyHash({
        sub: 'organiser-1',
        method: 'POST',
        route: '/api/v1/activities/:id/check-outs',
        url: `/api/v1${path}`,
        key,
      });
      const head = await storeHead(ledger);
      const first = await rawPost(ledger, organiserToken, path, body, key);
      expect(first.status).toBe(200);
      expect(first.replayed).toBeNull();
      expect(await storeHead(ledger)).toBe(head + 1);
      // No claim before the command: the key is bound to the body in the append's own transaction.
      const claims = await sql.query(`select 1 from api_idempotency where key_hash = $1`, [keyHash]);
      expect(claims.rows).toHaveLength(0);
      const bound = await sql.query<{ request_hash: string; stream_name: string }>(
        `select request_hash, stream_name from es_request_keys where key_hash = $1`,
        [keyHash],
      );
      expect(bound.rows).toEqual([
        { request_hash: requestHash(body), stream_name: `volunteer-${volunteerId}` },
      ]);
      // The same key and body again: the command finds its events and answers the same bytes, marked a replay.
      const again = await rawPost(ledger, organiserToken, path, body, key);
      expect(again).toEqual({ status: 200, text: first.text, replayed: 'true' });
      // Another body under the key: refused as reused, not with the session's own refusal (it is closed now).
      const reused = await rawPost(ledger, organiserToken, path, { volunteerId, at: ago(3) }, key);
      expect(reused.status).toBe(422);
      expect(JSON.parse(reused.text).code).toBe('IDEMPOTENCY_KEY_REUSED');
      // Another body under a fresh key meets the closed session itself.
      const closed = await rawPost(ledger, organiserToken, path, { volunteerId, at: ago(3) }, `${key}-2`);
      expect(closed.status).toBeGreaterThanOrEqual(400);
      expect(JSON.parse(closed.text).code).not.toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await storeHead(ledger)).toBe(head + 1);
    },
  );

  maybe('binds nothing for a refused request: its key stays free', async () => {
    const volunteerId = await volunteerWithOpenSession();
    const path = '/activities/act/check-outs';
    const key = `refused-${volunteerId}`;
    // A check-out before the check-in is refused by the session rules; nothing is stored.
    const refused = await rawPost(ledger, organiserToken, path, { volunteerId, at: at(-30) }, key);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const accepted = await rawPost(ledger, organiserToken, path, { volunteerId, at: ago(6) }, key);
    expect(accepted.status).toBe(200);
  });
});

describe('Idempotency-Key answers at shutdown', () => {
  const skip = postgresSkipReason();
  const maybe = skip ? it.skip : it;

  maybe('stores every answer already given before the database closes', async () => {
    const ledger = await startTestLedger('postgres');
    const schema = ledger.config.databaseSchema;
    const admin = await ledger.token({ sub: 'root', roles: ['admin'], org: '*' });
    const keys = Array.from({ length: 12 }, (_, index) => `shutdown-${String(index)}`);
    const city = await new Http(ledger.url)
      .as(admin)
      .post('/organizations', { id: 'city', name: '市', kind: 'city' });
    expect(city.status).toBe(201);
    // Registrations claim their keys first (they write personal data before their events). Answered as soon
    // as the write is done; the stored answers follow in the next statement.
    const answers = await Promise.all(
      keys.map((key, index) =>
        rawPost(
          ledger,
          admin,
          '/volunteers',
          {
            id: `v-${String(index)}`,
            name: '王小明',
            birthDate: '2006-01-01',
            organizationId: 'city',
            leagueStatus: 'none',
          },
          key,
        ),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(keys.map(() => 201));
    await ledger.app.close();
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string; response: string }>(
        `select state, response from "${schema}".api_idempotency order by response`,
      );
      expect(rows).toHaveLength(keys.length);
      expect(rows.every((row) => row.state === 'completed')).toBe(true);
      expect(rows.map((row) => row.response).sort()).toEqual(answers.map((answer) => answer.text).sort());
    } finally {
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  });
});

describe('Idempotency-Key bound by appends across processes on PostgreSQL', () => {
  const skip = postgresSkipReason();
  const maybe = skip ? it.skip : it;

  maybe('keeps one key to one body across two processes and a restart', async () => {
    // Processes of one deployment share the database and the personal data master key, nothing else.
    const masterKey = randomBytes(32).toString('base64');
    const first = await startTestLedger('postgres', { PERSONAL_DATA_MASTER_KEY: masterKey });
    const schema = first.config.databaseSchema;
    const shared = { DATABASE_SCHEMA: schema, LEDGER_ROLES: 'api', PERSONAL_DATA_MASTER_KEY: masterKey };
    let second = await startTestLedger('postgres', shared);
    try {
      const admin = new Http(first.url).as(await first.token({ sub: 'root', roles: ['admin'], org: '*' }));
      const organiserToken = await first.token({ sub: 'organiser-1', roles: ['organizer'], org: 'zz' });
      expect((await admin.post('/organizations', { id: 'zz', name: '株洲市', kind: 'city' })).status).toBe(
        201,
      );
      const activity = await new Http(first.url).as(organiserToken).post('/activities', {
        id: 'act',
        organizationId: 'zz',
        title: '七彩课堂',
        category: 'tutoring',
        startsAt: at(0),
        endsAt: at(240),
      });
      expect(activity.status).toBe(201);
      const registered = await admin.post('/volunteers', {
        id: 'v1',
        name: '张小青',
        birthDate: '2004-05-01',
        organizationId: 'zz',
        leagueStatus: 'member',
      });
      expect(registered.status).toBe(201);
      const checkIn = { volunteerId: 'v1', at: at(30), method: 'organizer' };
      const head = await storeHead(first);
      // The same check-in, under one key, sent to both processes at once.
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          rawPost(
            index % 2 === 0 ? first : second,
            organiserToken,
            '/activities/act/check-ins',
            checkIn,
            'in-1',
          ),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
      expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
      expect(answers.filter((answer) => answer.replayed === null).length).toBeLessThanOrEqual(2);
      expect(await storeHead(first)).toBe(head + 1);
      // Another body under the key, at the process that did not append it or at the one that did.
      for (const ledger of [first, second]) {
        const reused = await rawPost(
          ledger,
          organiserToken,
          '/activities/act/check-ins',
          { ...checkIn, at: at(31) },
          'in-1',
        );
        expect(reused.status).toBe(422);
        expect(JSON.parse(reused.text).code).toBe('IDEMPOTENCY_KEY_REUSED');
      }
      // A process started afresh knows nothing of the request, and still answers the retry the same.
      await second.close();
      second = await startTestLedger('postgres', shared);
      const retried = await rawPost(second, organiserToken, '/activities/act/check-ins', checkIn, 'in-1');
      expect(retried).toEqual({ status: 201, text: answers[0]?.text, replayed: 'true' });
      expect(await storeHead(first)).toBe(head + 1);
    } finally {
      await second.close();
      await first.close();
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`).finally(() => client.end());
    }
  });
});
