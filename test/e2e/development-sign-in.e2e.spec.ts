import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresSkipReason, testDatabaseUrl, uniqueSchema } from '@vl/testing';
import pg from 'pg';
import { AccessWorld, SCHOOL } from '../support/access-world.js';
import { Browser, type BrowserResponse } from '../support/browser.js';
import {
  type Backend,
  Http,
  startTestLedger,
  storeHead,
  type TestLedger,
  WITH_DEVELOPMENT_SECRET,
} from '../support/ledger-app.js';

const backends: Backend[] = ['pglite', 'postgres'];
const HOST = '127.0.0.1';

function setCookieOf(response: BrowserResponse, name: string): string {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (header === undefined) throw new Error(`no ${name} cookie was set`);
  return header;
}

describe.each(backends)('development sign-in over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;

  let ledger: TestLedger;
  let world: AccessWorld;
  let api: string;

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend, WITH_DEVELOPMENT_SECRET);
    world = await AccessWorld.build(ledger);
    await world.caughtUp();
    api = `${ledger.url}/api/v1`;
  });

  afterAll(async () => {
    await ledger?.close();
  });

  async function signIn(browser: Browser, sub: string): Promise<BrowserResponse> {
    const response = await browser.postJson(`${api}/auth/development/sign-in`, { sub });
    expect({ sub, status: response.status }).toEqual({ sub, status: 200 });
    return response;
  }

  maybe('offers development sign-in to a browser that is signed out', async () => {
    const response = await new Browser().get(`${api}/session`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.json).toEqual({ signedIn: false, methods: ['development'] });
  });

  maybe('lists the people of the ledger with their roles', async () => {
    const response = await new Browser().get(`${api}/auth/development/people`);
    expect(response.status).toBe(200);
    const subs = response.json.items.map((person: { sub: string }) => person.sub);
    expect(subs).toEqual([
      'sysadmin',
      'admin:hetang',
      'admin:tianyuan',
      'admin:zhuzhou',
      'organizer:lianhua',
      'organizer:qunfeng',
      'school:school-1',
      'school:school-2',
      'school:school-3',
      'volunteer:v-self',
    ]);
    expect(response.json.nextCursor).toBeNull();
    const bySub = new Map(response.json.items.map((person: { sub: string }) => [person.sub, person]));
    expect(bySub.get('sysadmin')).toEqual({
      sub: 'sysadmin',
      displayName: '系统管理员',
      roles: ['admin'],
      org: '*',
      organizationName: null,
    });
    expect(bySub.get('organizer:lianhua')).toEqual({
      sub: 'organizer:lianhua',
      displayName: '莲花社区组织者',
      roles: ['organizer'],
      org: 'lianhua',
      organizationName: '莲花社区',
    });
    expect(bySub.get('school:school-1')).toMatchObject({ roles: ['school'], org: SCHOOL, schoolId: SCHOOL });
    expect(bySub.get('volunteer:v-self')).toEqual({
      sub: 'volunteer:v-self',
      // Held only in the personal-data store, and shown masked like in every other answer.
      displayName: '王*己',
      roles: ['volunteer'],
      org: 'lianhua',
      organizationName: '莲花社区',
      volunteerId: 'v-self',
    });
  });

  maybe('pages through the people with a cursor and finds them by name or id', async () => {
    const browser = new Browser();
    const all = (await browser.get(`${api}/auth/development/people`)).json.items;
    const paged: unknown[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = await browser.get(`${api}/auth/development/people?limit=3${query}`);
      expect(page.status).toBe(200);
      expect(page.json.items.length).toBeLessThanOrEqual(3);
      paged.push(...page.json.items);
      cursor = page.json.nextCursor;
    } while (cursor !== null);
    expect(paged).toEqual(all);
    const found = await browser.get(`${api}/auth/development/people?q=${encodeURIComponent('莲花')}`);
    expect(found.json.items.map((person: { sub: string }) => person.sub)).toEqual([
      'organizer:lianhua',
      'volunteer:v-self',
    ]);
    // A volunteer's name is sealed in the personal-data store: found by the exact full name only.
    const byName = await browser.get(`${api}/auth/development/people?q=${encodeURIComponent('王自己')}`);
    expect(byName.json.items).toEqual([
      expect.objectContaining({ sub: 'volunteer:v-self', displayName: '王*己' }),
    ]);
    const byPart = await browser.get(`${api}/auth/development/people?q=${encodeURIComponent('自己')}`);
    expect(byPart.json.items).toEqual([]);
    const bad = await browser.get(`${api}/auth/development/people?cursor=not-a-cursor`);
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'VALIDATION_FAILED', field: 'cursor' });
  });

  maybe(
    'signs in as a listed person with an httpOnly SameSite cookie and no token in the answer',
    async () => {
      const browser = new Browser();
      const response = await signIn(browser, 'volunteer:v-self');
      const header = setCookieOf(response, 'vl_session');
      expect(header).toMatch(/; HttpOnly/i);
      expect(header).toMatch(/; SameSite=Lax/i);
      expect(header).toMatch(/; Path=\//);
      expect(header).not.toMatch(/; Secure/i);
      expect(response.json).toEqual({
        signedIn: true,
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        actor: { sub: 'volunteer:v-self', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-self' },
        displayName: '王*己',
        method: 'development',
        expiresAt: expect.any(String),
      });
      expect(JSON.stringify(response.json)).not.toContain(browser.cookie(HOST, 'vl_session')?.value);
      const session = await browser.get(`${api}/session`);
      expect(session.json).toEqual(response.json);
    },
  );

  maybe('refuses a sub that is not listed, a malformed body, and a body that is not JSON', async () => {
    const browser = new Browser();
    const unknown = await browser.postJson(`${api}/auth/development/sign-in`, { sub: 'volunteer:nobody' });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ code: 'UNKNOWN_PERSON', field: 'sub' });
    const malformed = await browser.postJson(`${api}/auth/development/sign-in`, { sub: 'root', extra: 1 });
    expect(malformed.status).toBe(400);
    const notJson = await browser.request('POST', `${api}/auth/development/sign-in`, {
      body: 'sub=sysadmin',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const plainText = await browser.request('POST', `${api}/auth/development/sign-in`, {
      body: JSON.stringify({ sub: 'sysadmin' }),
      headers: { 'content-type': 'text/plain' },
    });
    for (const refused of [notJson, plainText]) {
      expect([400, 415]).toContain(refused.status);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(browser.cookie(HOST, 'vl_session')).toBeUndefined();
  });

  maybe('reads with the cookie under the same rules as a bearer token', async () => {
    const browser = new Browser();
    await signIn(browser, 'volunteer:v-self');
    const own = await browser.get(`${api}/volunteers/v-self/balance`);
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ volunteerId: 'v-self' });
    const otherId = await world.volunteer('in');
    await world.caughtUp();
    const other = await browser.get(`${api}/volunteers/${otherId}/balance`);
    const bearer = await new Http(ledger.url)
      .as(
        await ledger.token({
          sub: 'volunteer:v-self',
          roles: ['volunteer'],
          org: 'lianhua',
          volunteerId: 'v-self',
        }),
      )
      .get(`/volunteers/${otherId}/balance`);
    expect(other.status).toBe(403);
    expect({ status: other.status, code: other.json.code }).toEqual({
      status: bearer.status,
      code: bearer.body.code,
    });

    const school = new Browser();
    await signIn(school, `school:${SCHOOL}`);
    expect((await school.get(`${api}/schools/${SCHOOL}/students/credits?requiredMinutes=60`)).status).toBe(
      200,
    );
    expect((await school.get(`${api}/volunteers/v-self/balance`)).status).toBe(403);
  });

  maybe('refuses a write by cookie without the session’s CSRF token, and appends nothing', async () => {
    const browser = new Browser();
    const { json } = await signIn(browser, 'volunteer:v-self');
    const path = `${api}/volunteers/v-self/consents`;
    const attempts: Record<string, string>[] = [
      {},
      { 'x-csrf-token': 'wrong' },
      { 'x-csrf-token': `${json.csrfToken}x` },
    ];
    for (const headers of attempts) {
      const before = await storeHead(ledger);
      const refused = await browser.postJson(path, { schoolId: SCHOOL }, headers);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.json).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
      expect(await storeHead(ledger)).toBe(before);
    }
    const other = new Browser();
    const otherSession = await signIn(other, 'volunteer:v-self');
    const crossed = await browser.postJson(
      path,
      { schoolId: SCHOOL },
      { 'x-csrf-token': otherSession.json.csrfToken },
    );
    expect(crossed.status).toBe(403);
    const granted = await browser.postJson(path, { schoolId: SCHOOL }, { 'x-csrf-token': json.csrfToken });
    expect(granted.status).toBe(201);
  });

  maybe('keeps bearer tokens working exactly as before, beside a cookie or without one', async () => {
    const browser = new Browser();
    await signIn(browser, 'volunteer:v-self');
    const token = await ledger.token({ sub: 'root', roles: ['admin'], org: '*' });
    const id = world.uniqueId('org');
    // The bearer token decides who acts; the stray cookie neither helps nor needs a CSRF token.
    const created = await browser.postJson(
      `${api}/organizations`,
      { id, name: '幸福小区', kind: 'compound', parentId: 'lianhua' },
      { authorization: `Bearer ${token}` },
    );
    expect(created.status).toBe(201);
    const forged = await browser.get(`${api}/volunteers/v-self/balance`, { authorization: 'Bearer forged' });
    expect(forged.status).toBe(401);
    expect(forged.json).toMatchObject({ code: 'TOKEN_INVALID' });
    expect((await new Http(ledger.url).get('/volunteers/v-self/balance')).body).toMatchObject({
      code: 'TOKEN_MISSING',
    });
  });

  maybe('ignores an Idempotency-Key on sign-in: each sign-in is a session of its own', async () => {
    const first = await new Browser().postJson(
      `${api}/auth/development/sign-in`,
      { sub: 'sysadmin' },
      { 'idempotency-key': 'same-key' },
    );
    const second = await new Browser().postJson(
      `${api}/auth/development/sign-in`,
      { sub: 'sysadmin' },
      { 'idempotency-key': 'same-key' },
    );
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.json.csrfToken).not.toBe(first.json.csrfToken);
    expect(setCookieOf(second, 'vl_session')).not.toBe(setCookieOf(first, 'vl_session'));
  });

  maybe('signs out: the server forgets the session and the cookie is cleared', async () => {
    const browser = new Browser();
    const { json } = await signIn(browser, 'admin:hetang');
    const stolen = browser.cookie(HOST, 'vl_session')?.value ?? '';
    const withoutToken = await browser.request('POST', `${api}/auth/sign-out`);
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.json).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect((await browser.get(`${api}/organizations/hetang/eligibility?policy=star-volunteer`)).status).toBe(
      200,
    );
    const signedOut = await browser.request('POST', `${api}/auth/sign-out`, {
      headers: { 'x-csrf-token': json.csrfToken },
    });
    expect(signedOut.status).toBe(204);
    expect(setCookieOf(signedOut, 'vl_session')).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(browser.cookie(HOST, 'vl_session')).toBeUndefined();
    expect((await browser.get(`${api}/session`)).json).toEqual({ signedIn: false, methods: ['development'] });
    // The old cookie, replayed, names nothing any more.
    const replayed = await fetch(`${api}/organizations/hetang/eligibility?policy=star-volunteer`, {
      headers: { cookie: `vl_session=${stolen}` },
    });
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ code: 'SESSION_INVALID' });
    expect((await browser.request('POST', `${api}/auth/sign-out`)).status).toBe(204);
  });

  maybe('refuses a forged session cookie and clears it on GET /session', async () => {
    const browser = new Browser();
    await signIn(browser, 'sysadmin');
    browser.setCookieValue(HOST, 'vl_session', 'A'.repeat(43));
    const refused = await browser.get(`${api}/volunteers/v-self/balance`);
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ code: 'SESSION_INVALID' });
    expect((await browser.get(`${api}/session`)).json.signedIn).toBe(false);
    expect(browser.cookie(HOST, 'vl_session')).toBeUndefined();
  });
});

describe('sessions over time and restarts', () => {
  const skipPostgres = postgresSkipReason();

  it('ends a session left idle, and one past its absolute lifetime however busy', async () => {
    const ledger = await startTestLedger('pglite', {
      ...WITH_DEVELOPMENT_SECRET,
      SESSION_IDLE_TIMEOUT_SECONDS: '1',
      SESSION_ABSOLUTE_TIMEOUT_SECONDS: '2',
    });
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      const api = `${ledger.url}/api/v1`;
      const idle = new Browser();
      expect((await idle.postJson(`${api}/auth/development/sign-in`, { sub: 'sysadmin' })).status).toBe(200);
      await pause(1300);
      const idleAnswer = await idle.get(`${api}/policies`);
      expect(idleAnswer.status).toBe(401);
      expect(idleAnswer.json).toMatchObject({ code: 'SESSION_EXPIRED' });

      const busy = new Browser();
      const signedInAt = Date.now();
      expect((await busy.postJson(`${api}/auth/development/sign-in`, { sub: 'sysadmin' })).status).toBe(200);
      const answers: { afterMs: number; status: number }[] = [];
      while (Date.now() - signedInAt < 2600) {
        const { status } = await busy.get(`${api}/policies`);
        answers.push({ afterMs: Date.now() - signedInAt, status });
        await pause(300);
      }
      // Used every 300 ms, it outlives its idle timeout of 1 s, and still ends at 2 s.
      expect(answers.filter((answer) => answer.afterMs < 1900).every((answer) => answer.status === 200)).toBe(
        true,
      );
      expect(
        answers.filter((answer) => answer.afterMs > 1200 && answer.status === 200).length,
      ).toBeGreaterThan(0);
      expect(answers.filter((answer) => answer.afterMs > 2100).every((answer) => answer.status === 401)).toBe(
        true,
      );
      expect(answers.at(-1)?.status).toBe(401);
    } finally {
      await ledger.close();
    }
  });

  it('keeps sessions across a restart of the embedded default, and ends development ones once a real secret is set', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vl-sessions-'));
    const env = { ...WITH_DEVELOPMENT_SECRET, DATA_DIR: dataDir, DATABASE_SCHEMA: 'ledger' };
    try {
      const browser = new Browser();
      const first = await startTestLedger('pglite', env);
      const signedIn = await browser.postJson(`${first.url}/api/v1/auth/development/sign-in`, {
        sub: 'sysadmin',
      });
      expect(signedIn.status).toBe(200);
      await first.close();
      const second = await startTestLedger('pglite', env);
      try {
        expect((await browser.get(`${second.url}/api/v1/session`)).json).toMatchObject({
          signedIn: true,
          csrfToken: signedIn.json.csrfToken,
        });
        expect((await browser.get(`${second.url}/api/v1/policies`)).status).toBe(200);
      } finally {
        await second.close();
      }
      const third = await startTestLedger('pglite', { DATA_DIR: dataDir, DATABASE_SCHEMA: 'ledger' });
      try {
        const refused = await browser.get(`${third.url}/api/v1/policies`);
        expect(refused.status).toBe(401);
        expect(refused.json).toMatchObject({ code: 'SESSION_EXPIRED' });
        expect((await browser.get(`${third.url}/api/v1/auth/development/people`)).json).toMatchObject({
          status: 404,
          code: 'DEVELOPMENT_SIGN_IN_DISABLED',
        });
        expect((await browser.get(`${third.url}/api/v1/session`)).json).toEqual({
          signedIn: false,
          methods: [],
        });
      } finally {
        await third.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  (skipPostgres ? it.skip : it)('keeps sessions across a restart on PostgreSQL', async () => {
    const schema = uniqueSchema('e2e_sessions');
    const env = { ...WITH_DEVELOPMENT_SECRET, DATABASE_SCHEMA: schema };
    const browser = new Browser();
    const first = await startTestLedger('postgres', env);
    const signedIn = await browser.postJson(`${first.url}/api/v1/auth/development/sign-in`, {
      sub: 'sysadmin',
    });
    expect(signedIn.status).toBe(200);
    await first.close();
    const second = await startTestLedger('postgres', env);
    try {
      expect((await browser.get(`${second.url}/api/v1/policies`)).status).toBe(200);
    } finally {
      await second.close();
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  });

  it('answers 404 problems for development sign-in when a real secret is set', async () => {
    const ledger = await startTestLedger('pglite');
    try {
      const browser = new Browser();
      const people = await browser.get(`${ledger.url}/api/v1/auth/development/people`);
      const signIn = await browser.postJson(`${ledger.url}/api/v1/auth/development/sign-in`, {
        sub: 'sysadmin',
      });
      const malformed = await browser.postJson(`${ledger.url}/api/v1/auth/development/sign-in`, { sub: 42 });
      for (const response of [people, signIn, malformed]) {
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.json).toMatchObject({ code: 'DEVELOPMENT_SIGN_IN_DISABLED' });
      }
      expect(browser.cookie(HOST, 'vl_session')).toBeUndefined();
      expect((await browser.get(`${ledger.url}/api/v1/session`)).json).toEqual({
        signedIn: false,
        methods: [],
      });
    } finally {
      await ledger.close();
    }
  });
});
