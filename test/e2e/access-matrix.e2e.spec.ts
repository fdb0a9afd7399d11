import { getRouteAccessRules } from '@vl/auth';
import { ROUTE_CASES, type RouteCase } from '../support/access-routes.js';
import { AccessWorld, CALLERS, TARGETS } from '../support/access-world.js';
import { identityProviderForLedger, type TestIdentityProvider } from '../support/identity-provider.js';
import { startTestLedger, type TestLedger, WITH_DEVELOPMENT_SECRET } from '../support/ledger-app.js';

/** A case under its route; a second case of a route (another answer format) with its variant. */
const nameOf = (routeCase: RouteCase): string =>
  routeCase.variant ? `${routeCase.route} ${routeCase.variant}` : routeCase.route;

/**
 * Every route the API serves × every role (and no token) × the caller's own record, a record in scope and
 * one out of scope. Each cell prepares fresh records, sends one request and checks the answer; a denied
 * write must leave the store exactly as it was.
 */
describe('access matrix over every route', () => {
  let ledger: TestLedger;
  let world: AccessWorld;
  let provider: TestIdentityProvider;

  beforeAll(async () => {
    // Every sign-in route is on: development sign-in (the development secret) and OpenID Connect.
    const identity = await identityProviderForLedger();
    provider = identity.provider;
    // Public lookups are rate-limited per client; every cell here comes from one address.
    ledger = await startTestLedger('pglite', {
      ...WITH_DEVELOPMENT_SECRET,
      ...identity.env,
      RATE_LIMITS: 'public=10000/60,certificate-verification=10000/60',
    });
    world = await AccessWorld.build(ledger);
  });

  afterAll(async () => {
    await ledger?.close();
    await provider?.close();
  });

  it('has an intended rule for every route the application serves, and no rule for a route it lacks', () => {
    const served = getRouteAccessRules(ledger.app.app, { globalPrefix: 'api/v1' }).map(
      (route) => `${route.method} ${route.path}`,
    );
    const described = ROUTE_CASES.map((routeCase) => routeCase.route);
    expect(served.filter((route) => !described.includes(route))).toEqual([]);
    expect(described.filter((route) => !served.includes(route))).toEqual([]);
  });

  describe.each(ROUTE_CASES.map((routeCase) => [nameOf(routeCase), routeCase] as const))(
    '%s',
    (_, routeCase) => {
      it.each(CALLERS.flatMap((caller) => TARGETS.map((target) => [caller, target] as const)))(
        '%s on a %s record',
        async (caller, target) => {
          const { request, own } = await routeCase.prepare(world, target);
          const client = await world.caller(caller, target, own);
          await world.caughtUp();
          const before = await world.storePosition();
          const response = await (request.root ? client.atRoot() : client).send(
            request.method,
            request.path,
            request.body,
            request.headers,
            { redirect: 'manual' },
          );
          const allowed = routeCase.allowed(caller, target);
          const cell = `${caller} → ${routeCase.route} (${target})`;
          if (allowed) {
            expect({ cell, status: response.status, body: response.body }).toMatchObject({
              cell,
              status: request.success,
            });
            return;
          }
          expect({ cell, status: response.status }).toEqual({
            cell,
            status: caller === 'anonymous' ? 401 : 403,
          });
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(response.body).toMatchObject({ status: response.status, code: expect.any(String) });
          expect(await world.storePosition()).toBe(before);
        },
      );
    },
  );
});
