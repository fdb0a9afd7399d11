import { ROUTE_CASES, type RouteCase } from '../support/access-routes.js';
import { AccessWorld } from '../support/access-world.js';
import { identityProviderForLedger, type TestIdentityProvider } from '../support/identity-provider.js';
import {
  type HttpResult,
  startTestLedger,
  type TestLedger,
  WITH_DEVELOPMENT_SECRET,
} from '../support/ledger-app.js';

/** Fields that carry what a person wrote: any text without control characters is theirs to write. */
const FREE_TEXT_FIELDS = new Set(['name', 'title', 'note', 'reason', 'summary']);

const INJECTIONS = [
  "x' OR '1'='1",
  "x'); DROP TABLE es_events; --",
  '{"$ne":null}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${jndi:ldap://127.0.0.1/a}',
];

/** Every name Object.prototype answers to: a lookup keyed by client text must never find one of these. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];

const WRONG_TYPES: readonly unknown[] = [42, '42', true, [], {}, [1, 2]];

type Body = Record<string, unknown>;

/**
 * Every POST the API serves, given a valid request and then hostile variants of it: each variant must be
 * a clean 4xx problem, never a 500, and append nothing.
 */
describe('hostile input on every POST', () => {
  let ledger: TestLedger;
  let world: AccessWorld;

  beforeAll(async () => {
    // The development secret, so development sign-in answers (and validates) rather than 404s.
    ledger = await startTestLedger('pglite', WITH_DEVELOPMENT_SECRET);
    world = await AccessWorld.build(ledger);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  async function expectRefused(
    label: string,
    send: () => Promise<HttpResult>,
    statuses: readonly number[] = [400],
  ): Promise<void> {
    const before = await world.storePosition();
    const response = await send();
    expect({ label, status: statuses.includes(response.status) ? 'refused' : response.status }).toEqual({
      label,
      status: 'refused',
    });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: response.status, code: expect.any(String) });
    expect({ label, position: await world.storePosition() }).toEqual({ label, position: before });
  }

  const posts = ROUTE_CASES.filter((routeCase) => routeCase.route.startsWith('POST ') && !routeCase.fileBody);
  const filePosts = ROUTE_CASES.filter(
    (routeCase) => routeCase.route.startsWith('POST ') && routeCase.fileBody,
  );

  it('knows which POST routes take a file', () => {
    expect(filePosts.map((routeCase) => routeCase.route)).toEqual(['POST /api/v1/organizations/:id/imports']);
  });

  describe.each(filePosts.map((routeCase) => [routeCase.route, routeCase] as const))('%s', (_, routeCase) => {
    it('refuses JSON, forms, empty, binary, oversized and hostile files, writing nothing', async () => {
      const { request } = await routeCase.prepare(world, 'in');
      const valid = String(request.body);
      const send = (raw: string | Uint8Array, contentType: string): Promise<HttpResult> =>
        world.sysadmin.send('POST', request.path, raw, { 'content-type': contentType });
      await expectRefused('JSON', () => send('{"rows":[]}', 'application/json'), [415]);
      await expectRefused('a form', () => send('id=1', 'application/x-www-form-urlencoded'), [415]);
      await expectRefused('plain text', () => send(valid, 'text/plain'), [415]);
      await expectRefused('an empty file', () => send('', 'text/csv'), [400, 422]);
      const garbage = Uint8Array.from({ length: 4096 }, (_, index) => (index * 151 + 7) % 256);
      await expectRefused('binary bytes as CSV', () => send(garbage, 'text/csv'), [400, 422]);
      await expectRefused(
        'CSV bytes as a workbook',
        () => send(valid, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
        [400, 422],
      );
      await expectRefused(
        'over the size limit',
        () => send(`${valid}${'x'.repeat(17 * 1024 * 1024)}`, 'text/csv'),
        [413],
      );
      const [header, row] = valid.trim().split('\n') as [string, string];
      const cells = row.split(',');
      for (const hostile of ['=cmd|"/c calc"!A1', '@SUM(1+1)', 'x\u0000y', 'x\u001by', ...INJECTIONS]) {
        for (const index of [0, 1, 2]) {
          const changed = cells.map((cell, at) => (at === index ? JSON.stringify(hostile) : cell));
          await expectRefused(
            `column ${index}: ${JSON.stringify(hostile)}`,
            () => send(`${header}\n${changed.join(',')}\n`, 'text/csv'),
            [400, 422],
          );
        }
      }
    });
  });

  describe.each(posts.map((routeCase) => [routeCase.route, routeCase] as const))('%s', (_, routeCase) => {
    it('refuses oversized, malformed and non-JSON bodies', async () => {
      const { request } = await routeCase.prepare(world, 'in');
      const body = request.body as Body;
      const send = (raw: string, contentType = 'application/json'): Promise<HttpResult> =>
        world.sysadmin.send('POST', request.path, raw, { 'content-type': contentType });
      await expectRefused(
        'oversized',
        () => send(JSON.stringify({ ...body, padding: 'x'.repeat(100 * 1024) })),
        [413],
      );
      await expectRefused('truncated JSON', () => send(JSON.stringify(body).slice(0, -3)));
      await expectRefused('duplicate-key trickery', () => send('{"a":1,,}'));
      await expectRefused('an array', () => send(JSON.stringify([body])));
      await expectRefused('null', () => send('null'));
      await expectRefused('a number', () => send('42'));
      await expectRefused('plain text', () => send('id=1', 'text/plain'), [400, 415]);
      await expectRefused('a form', () => send('id=1', 'application/x-www-form-urlencoded'), [400, 415]);
      await expectRefused('a CSV file', () => send('id,name\n1,x\n', 'text/csv'), [400, 415]);
    });

    it('refuses deeply nested JSON with 400, with and without an Idempotency-Key', async () => {
      const { request } = await routeCase.prepare(world, 'in');
      const body = request.body as Body;
      const raw = JSON.stringify(body);
      const deepObject = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
      const deepArray = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const inside = (deep: string): string =>
        `${raw.slice(0, -1)}${raw === '{}' ? '' : ','}"extra":${deep}}`;
      for (const [label, text] of [
        ['3,000 levels of objects', deepObject],
        ['5,000 levels of arrays', deepArray],
        ['a deep field in a valid body', inside(deepObject)],
        ['a deep array in a valid body', inside(deepArray)],
      ] as const) {
        for (const key of [undefined, world.uniqueId('deep')]) {
          await expectRefused(`${label}${key ? ' with a key' : ''}`, async () => {
            const response = await world.sysadmin.send('POST', request.path, text, {
              'content-type': 'application/json',
              ...(key === undefined ? {} : { 'idempotency-key': key }),
            });
            expect({ label, code: response.body?.code }).toEqual({ label, code: 'BODY_TOO_DEEP' });
            return response;
          });
        }
      }
    });

    it('refuses an extra field, and a wrong type in each field', async () => {
      const { request } = await routeCase.prepare(world, 'in');
      const body = request.body as Body;
      const post = (variant: unknown) => () => world.sysadmin.post(request.path, variant);
      await expectRefused('extra field', post({ ...body, isAdmin: true }));
      await expectRefused('NUL in a key', post({ ...body, 'a\u0000b': 1 }));
      await expectRefused('nested NUL', post({ ...body, extra: { deep: ['x\u0000'] } }));
      const raw = JSON.stringify(body);
      const polluted = `${raw.slice(0, -1)}${raw === '{}' ? '' : ','}"__proto__":{"admin":true}}`;
      await expectRefused('prototype pollution', () =>
        world.sysadmin.send('POST', request.path, polluted, { 'content-type': 'application/json' }),
      );
      for (const [field, value] of Object.entries(body)) {
        for (const wrong of WRONG_TYPES) {
          if (typeof wrong === typeof value && !Array.isArray(wrong) && typeof wrong !== 'object') continue;
          if (typeof value === 'string' && typeof wrong === 'string') continue;
          await expectRefused(`${field}: ${JSON.stringify(wrong)}`, post({ ...body, [field]: wrong }));
        }
      }
    });

    it('refuses control characters, direction overrides and injection strings', async () => {
      const { request } = await routeCase.prepare(world, 'in');
      const body = request.body as Body;
      const post = (variant: unknown) => () => world.sysadmin.post(request.path, variant);
      for (const [field, value] of Object.entries(body)) {
        if (typeof value !== 'string') continue;
        await expectRefused(`${field} with NUL`, post({ ...body, [field]: `${value}\u0000` }));
        await expectRefused(`${field} with ESC`, post({ ...body, [field]: `${value}\u001b[2J` }));
        await expectRefused(`${field} with RLO`, post({ ...body, [field]: `\u202E${value}` }));
        await expectRefused(`${field} with a lone surrogate`, post({ ...body, [field]: `${value}\uD800` }));
        if (FREE_TEXT_FIELDS.has(field)) continue;
        for (const injection of INJECTIONS) {
          await expectRefused(`${field}: ${injection}`, post({ ...body, [field]: injection }));
        }
        await expectRefused(`${field}: too long`, post({ ...body, [field]: `${value}${'9'.repeat(300)}` }));
      }
    });
  });

  it('counts a category named after an Object.prototype member like any other, now and as of a date', async () => {
    const volunteerId = await world.volunteer('in');
    for (const [index, category] of ['constructor', 'tostring', 'valueof'].entries()) {
      const activityId = world.uniqueId('act');
      await world.expectCreated('/activities', {
        id: activityId,
        organizationId: 'lianhua',
        title: category,
        category,
        startsAt: world.at(-240),
        endsAt: world.at(-60),
      });
      const manual = await world.sysadmin.post(`/activities/${activityId}/manual-sessions`, {
        volunteerId,
        startedAt: world.at(-240 + index * 50),
        endedAt: world.at(-200 + index * 50),
        minutes: 40,
        note: 'paper sheet',
      });
      expect(manual.status).toBe(201);
    }
    const position = await world.storePosition();
    const current = await world.sysadmin.get(`/volunteers/${volunteerId}/balance?minPosition=${position}`);
    expect(current.status).toBe(200);
    const byCategory = current.body.byCategory as Record<string, number>;
    expect(Object.keys(byCategory).sort()).toEqual(['constructor', 'tostring', 'valueof']);
    expect(Object.values(byCategory)).toEqual([40, 40, 40]);
    const now = encodeURIComponent(new Date().toISOString());
    for (const query of [`asOf=${now}`, `asKnownAt=${now}`]) {
      const past = await world.sysadmin.get(`/volunteers/${volunteerId}/balance?${query}`);
      expect({ query, status: past.status, byCategory: past.body.byCategory }).toEqual({
        query,
        status: 200,
        byCategory,
      });
    }
    expect(current.body.confirmedMinutes).toBe(120);
  });

  it('keeps injection strings in free text as text: stored and read back verbatim', async () => {
    const title = INJECTIONS.join(' | ');
    const volunteerId = await world.volunteer('in');
    const activityId = world.uniqueId('act');
    await world.expectCreated('/activities', {
      id: activityId,
      organizationId: 'lianhua',
      title,
      category: 'tutoring',
      startsAt: world.at(-240),
      endsAt: world.at(-60),
    });
    await world.session(volunteerId, activityId, 'confirmed');
    const ledgerPage = await world.sysadmin.get(
      `/volunteers/${volunteerId}/ledger?minPosition=${await world.storePosition()}`,
    );
    expect(ledgerPage.status).toBe(200);
    expect(ledgerPage.body.entries[0].activity.title).toBe(title);
  });
});

const HOSTILE_VALUES = [
  '',
  '-1',
  '1e309',
  '99999999999999999999999',
  'NaN',
  '2024-02-30',
  '2024-13-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59+14:00',
  '9999-12-31T23:59:59-12:00',
  "' OR 1=1 --",
  '%00',
  '\u202E',
  'x'.repeat(5000),
];

/** Every GET the API serves, with hostile query parameters: a 2xx or a clean 4xx problem, never a 500. */
describe('hostile query parameters on every GET', () => {
  let ledger: TestLedger;
  let world: AccessWorld;
  let provider: TestIdentityProvider;
  let openApi: { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };

  beforeAll(async () => {
    // Every sign-in route is on: development sign-in (the development secret) and OpenID Connect.
    const identity = await identityProviderForLedger();
    provider = identity.provider;
    ledger = await startTestLedger('pglite', {
      ...WITH_DEVELOPMENT_SECRET,
      ...identity.env,
      RATE_LIMITS: 'public=100000/60,certificate-verification=100000/60',
    });
    world = await AccessWorld.build(ledger);
    openApi = (await (await fetch(`${ledger.url}/docs/openapi.json`)).json()) as typeof openApi;
  });

  /** The query parameters the route documents, and one it does not. */
  function queryParameters(route: string): string[] {
    const [method = '', path = ''] = route.split(' ');
    const documented =
      openApi.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]?.parameters ?? [];
    return [...documented.filter((p) => p.in === 'query').map((p) => p.name), 'unexpected'];
  }

  afterAll(async () => {
    await ledger?.close();
    await provider?.close();
  });

  const gets = ROUTE_CASES.filter((routeCase) => routeCase.route.startsWith('GET '));

  it.each(gets.map((routeCase) => [routeCase.route, routeCase] as const))('%s', async (_, routeCase) => {
    const { request } = await routeCase.prepare(world, 'in');
    await world.caughtUp();
    const client = request.root ? world.sysadmin.atRoot() : world.sysadmin;
    const separator = request.path.includes('?') ? '&' : '?';
    const names = queryParameters(routeCase.route);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      for (const value of HOSTILE_VALUES) {
        const path = `${request.path}${separator}${name}=${encodeURIComponent(value)}`;
        // The ledger's own answer: a redirect (sign-in) is not followed to the identity provider.
        const response = await client.send('GET', path, undefined, {}, { redirect: 'manual' });
        expect({
          path: path.slice(0, 200),
          status: response.status < 500 ? 'no 5xx' : response.status,
        }).toEqual({
          path: path.slice(0, 200),
          status: 'no 5xx',
        });
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
        }
      }
    }
  });
});

/** The request path with each path parameter of the route replaced, and the query kept. */
function withParameter(routeCase: RouteCase, path: string, value: string): string[] {
  const [pathOnly = '', query] = path.split('?');
  const declared = (routeCase.route.split(' ')[1] ?? '').replace(/^\/api\/v1/, '').split('/');
  const actual = pathOnly.split('/');
  const variants: string[] = [];
  declared.forEach((segment, index) => {
    if (!segment.startsWith(':')) return;
    const copy = [...actual];
    copy[index] = value;
    variants.push(`${copy.join('/')}${query === undefined ? '' : `?${query}`}`);
  });
  return variants;
}

const MALFORMED_SEGMENTS = [
  ['an id over 100 characters', 'x'.repeat(101)],
  ['an id of 5,000 characters', 'y'.repeat(5000)],
  ['broken percent-encoding', '%u0000'],
  ['a lone percent sign', '%'],
  ['a truncated UTF-8 escape', '%E4%B8'],
  ['an encoded NUL', '%00'],
] as const;

/**
 * Every route with malformed path parameters and with Object.prototype names as ids: a clean problem
 * (or, for the names, a 2xx where the route finds nothing wrong), never a 500, never a bare Fastify error.
 */
describe('hostile paths on every route', () => {
  let ledger: TestLedger;
  let world: AccessWorld;

  beforeAll(async () => {
    ledger = await startTestLedger('pglite', {
      RATE_LIMITS: 'public=100000/60,certificate-verification=100000/60',
    });
    world = await AccessWorld.build(ledger);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const withParameters = ROUTE_CASES.filter((routeCase) => routeCase.route.includes('/:'));

  it.each(withParameters.map((routeCase) => [routeCase.route, routeCase] as const))(
    '%s',
    async (_, routeCase) => {
      const { request } = await routeCase.prepare(world, 'in');
      await world.caughtUp();
      const client = request.root ? world.sysadmin.atRoot() : world.sysadmin;
      const send = (path: string): Promise<HttpResult> =>
        request.method === 'GET'
          ? client.get(path)
          : client.post(path, request.body, { 'idempotency-key': world.uniqueId('path') });
      for (const [label, segment] of MALFORMED_SEGMENTS) {
        for (const path of withParameter(routeCase, request.path, segment)) {
          const before = await world.storePosition();
          const response = await send(path);
          expect({ label, status: response.status >= 400 && response.status < 500 }).toEqual({
            label,
            status: true,
          });
          expect({ label, type: response.headers.get('content-type') }).toEqual({
            label,
            type: expect.stringContaining('application/problem+json'),
          });
          expect(response.body).toMatchObject({ status: response.status, code: expect.any(String) });
          expect({ label, position: await world.storePosition() }).toEqual({ label, position: before });
        }
      }
      // No record anywhere has such an id: each is a clean 4xx that writes nothing, never a hit or a 500.
      for (const name of PROTOTYPE_NAMES) {
        for (const path of withParameter(routeCase, request.path, encodeURIComponent(name))) {
          const before = await world.storePosition();
          const response = await send(path);
          expect({ name, path, status: response.status >= 400 && response.status < 500 }).toEqual({
            name,
            path,
            status: true,
          });
          expect({ name, type: response.headers.get('content-type') }).toEqual({
            name,
            type: expect.stringContaining('application/problem+json'),
          });
          expect({ name, position: await world.storePosition() }).toEqual({ name, position: before });
        }
      }
    },
  );
});
