import { calendarDate } from '@vl/domain';
import { Browser } from './browser.js';
import { passProvider, PROVIDER_ROOT_ACCOUNT } from './identity-provider.js';
import {
  type AccessWorld,
  type Caller,
  OTHER_SCHOOL,
  OUT_OF_SCOPE_SCHOOL,
  SCHOOL,
  type Target,
} from './access-world.js';

/** The request one matrix cell sends, after its own fixtures were appended. */
export interface CellRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  /** The status of a successful call. */
  readonly success: number;
  /** Served outside the /api/v1 prefix. */
  readonly root?: boolean;
  /** Sent besides the caller's own (a sign-in's cookies, say). */
  readonly headers?: Record<string, string>;
}

/** The intended access rule of one route, and how to build a request against each kind of target. */
export interface RouteCase {
  /** `METHOD /api/v1/path/:param`, as the route list of the running application spells it. */
  readonly route: string;
  readonly allowed: (caller: Caller, target: Target) => boolean;
  readonly prepare: (world: AccessWorld, target: Target) => Promise<{ request: CellRequest; own: string }>;
}

const inScope = (target: Target): boolean => target !== 'out';
const anyOf =
  (...callers: Caller[]) =>
  (caller: Caller, target: Target): boolean =>
    callers.includes(caller) && inScope(target);
/** The volunteer for their own record; the given roles within their subtree. */
const selfOr =
  (...callers: Caller[]) =>
  (caller: Caller, target: Target): boolean =>
    (caller === 'volunteer' && target === 'own') || anyOf(...callers)(caller, target);

const anyCaller = (): boolean => true;
const anyToken = (caller: Caller): boolean => caller !== 'anonymous';
const get = (path: string, own = ''): Promise<{ request: CellRequest; own: string }> =>
  Promise.resolve({ own, request: { method: 'GET', path, success: 200 } });
const postCell = (
  own: string,
  path: string,
  body: unknown,
  success: number,
): { request: CellRequest; own: string } => ({ own, request: { method: 'POST', path, body, success } });

/** Service dates around today in the programme's time zone, wide enough for every fixture session. */
function serviceDates(world: AccessWorld): { from: string; to: string } {
  return {
    from: calendarDate(world.at(-40 * 24 * 60), 'Asia/Shanghai'),
    to: calendarDate(world.at(0), 'Asia/Shanghai'),
  };
}

/** A volunteer of the target's community with a confirmed session, and a certificate issued for it. */
async function certificateOf(world: AccessWorld, target: Target): Promise<string> {
  const volunteerId = await world.volunteer(target);
  await world.manualSession(volunteerId, target, 90);
  await world.caughtUp();
  const issued = await world.expectCreated(`/volunteers/${volunteerId}/certificates`, serviceDates(world));
  return String(issued.code);
}

/** A volunteer and an activity of the target's community, and a session in the given state. */
async function sessionOf(
  world: AccessWorld,
  target: Target,
  state: 'open' | 'pending' | 'confirmed',
): Promise<{ volunteerId: string; activityId: string; sessionId: string }> {
  const volunteerId = await world.volunteer(target);
  const activityId = await world.activity(target);
  const sessionId = await world.session(volunteerId, activityId, state);
  return { volunteerId, activityId, sessionId };
}

/** A browser signed in by development sign-in: its session cookie and CSRF token as request headers. */
async function signedInBrowserHeaders(world: AccessWorld): Promise<Record<string, string>> {
  const browser = new Browser();
  const signedIn = await browser.postJson(`${world.baseUrl}/api/v1/auth/development/sign-in`, {
    sub: 'sysadmin',
  });
  if (signedIn.status !== 200) throw new Error(`development sign-in answered ${signedIn.status}`);
  const host = new URL(world.baseUrl).hostname;
  return {
    cookie: `vl_session=${browser.cookie(host, 'vl_session')?.value ?? ''}`,
    'x-csrf-token': String(signedIn.json.csrfToken),
  };
}

/** An OpenID Connect sign-in taken through the provider up to its callback, which is left to the cell. */
async function pendingCallback(world: AccessWorld): Promise<{ path: string; cookie: string }> {
  const browser = new Browser();
  const login = await browser.get(`${world.baseUrl}/auth/login`);
  const callback = await passProvider(browser, login.headers.get('location') ?? '', PROVIDER_ROOT_ACCOUNT);
  const host = new URL(world.baseUrl).hostname;
  return {
    path: `${callback.pathname}${callback.search}`,
    cookie: `vl_login=${browser.cookie(host, 'vl_login')?.value ?? ''}`,
  };
}

export const ROUTE_CASES: readonly RouteCase[] = [
  {
    route: 'GET /api/v1/health',
    allowed: () => true,
    prepare: () => Promise.resolve({ own: '', request: { method: 'GET', path: '/health', success: 200 } }),
  },
  {
    route: 'GET /api/v1/health/live',
    allowed: () => true,
    prepare: () =>
      Promise.resolve({ own: '', request: { method: 'GET', path: '/health/live', success: 200 } }),
  },
  {
    route: 'GET /api/v1/health/ready',
    allowed: () => true,
    prepare: () =>
      Promise.resolve({ own: '', request: { method: 'GET', path: '/health/ready', success: 200 } }),
  },
  {
    route: 'POST /api/v1/organizations',
    allowed: anyOf('admin'),
    prepare: (world, target) =>
      Promise.resolve(
        postCell(
          '',
          '/organizations',
          {
            id: world.uniqueId('org'),
            name: '幸福小区',
            kind: 'compound',
            parentId: world.communityOf(target),
          },
          201,
        ),
      ),
  },
  {
    route: 'POST /api/v1/volunteers',
    allowed: anyOf('admin'),
    prepare: (world, target) =>
      Promise.resolve(
        postCell(
          '',
          '/volunteers',
          {
            id: world.uniqueId('vol'),
            name: '赵新',
            birthDate: '2008-09-01',
            organizationId: world.communityOf(target),
            leagueStatus: 'none',
          },
          201,
        ),
      ),
  },
  {
    route: 'POST /api/v1/activities',
    allowed: anyOf('organizer', 'admin'),
    prepare: (world, target) =>
      Promise.resolve(
        postCell(
          '',
          '/activities',
          {
            id: world.uniqueId('act'),
            organizationId: world.communityOf(target),
            title: '环保清洁',
            category: 'environment',
            startsAt: world.at(60),
            endsAt: world.at(180),
          },
          201,
        ),
      ),
  },
  {
    route: 'POST /api/v1/activities/:id/check-ins',
    allowed: selfOr('organizer', 'admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      const activityId = await world.activity(target);
      return postCell(
        volunteerId,
        `/activities/${activityId}/check-ins`,
        { volunteerId, method: 'qr', code: await world.kioskCode(activityId) },
        201,
      );
    },
  },
  {
    route: 'GET /api/v1/activities/:id/kiosk-code',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => get(`/activities/${await world.activity(target)}/kiosk-code`),
  },
  {
    route: 'POST /api/v1/activities/:id/check-outs',
    allowed: selfOr('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, activityId } = await sessionOf(world, target, 'open');
      return postCell(
        volunteerId,
        `/activities/${activityId}/check-outs`,
        { volunteerId, code: await world.kioskCode(activityId) },
        200,
      );
    },
  },
  {
    route: 'POST /api/v1/activities/:id/manual-sessions',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      const activityId = await world.activity(target);
      return postCell(
        volunteerId,
        `/activities/${activityId}/manual-sessions`,
        {
          volunteerId,
          startedAt: world.at(-230),
          endedAt: world.at(-110),
          minutes: 120,
          note: '纸质签到表第 3 页',
        },
        201,
      );
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/confirmation',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'pending');
      return postCell(volunteerId, `/sessions/${sessionId}/confirmation`, {}, 200);
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/rejection',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'pending');
      return postCell(volunteerId, `/sessions/${sessionId}/rejection`, { reason: '未到场' }, 200);
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/corrections',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'confirmed');
      return postCell(
        volunteerId,
        `/sessions/${sessionId}/corrections`,
        { minutes: 60, reason: '提前离场' },
        200,
      );
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/revocation',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'confirmed');
      return postCell(volunteerId, `/sessions/${sessionId}/revocation`, { reason: '代签' }, 200);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/balance',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return {
        own: volunteerId,
        request: { method: 'GET', path: `/volunteers/${volunteerId}/balance`, success: 200 },
      };
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/ledger',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return {
        own: volunteerId,
        request: { method: 'GET', path: `/volunteers/${volunteerId}/ledger`, success: 200 },
      };
    },
  },
  {
    route: 'GET /api/v1/.well-known/jwks.json',
    allowed: anyCaller,
    prepare: () =>
      Promise.resolve({
        own: '',
        request: { method: 'GET', path: '/.well-known/jwks.json', success: 200, root: true },
      }),
  },
  {
    route: 'GET /api/v1/policies',
    allowed: anyToken,
    prepare: () => get('/policies'),
  },
  {
    route: 'GET /api/v1/volunteers/:id/eligibility',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/eligibility`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/organizations/:id/eligibility',
    allowed: anyOf('admin', 'auditor'),
    prepare: (world, target) =>
      get(`/organizations/${world.communityOf(target)}/eligibility?policy=star-volunteer`),
  },
  {
    route: 'GET /api/v1/audit/award-integrity',
    allowed: anyOf('admin', 'auditor'),
    prepare: (world, target) => get(`/audit/award-integrity?organizationId=${world.communityOf(target)}`),
  },
  {
    route: 'POST /api/v1/volunteers/:id/awards',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      await world.manualSession(volunteerId, target, 21 * 60);
      return postCell(
        volunteerId,
        `/volunteers/${volunteerId}/awards`,
        { policyId: 'registered-volunteer-annual', tier: 'met', note: '年度服务达标' },
        201,
      );
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/awards/:awardId/revocation',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      await world.manualSession(volunteerId, target, 21 * 60);
      const granted = await world.expectCreated(`/volunteers/${volunteerId}/awards`, {
        policyId: 'registered-volunteer-annual',
        tier: 'met',
        note: '年度服务达标',
      });
      return postCell(
        volunteerId,
        `/volunteers/${volunteerId}/awards/${String(granted.awardId)}/revocation`,
        { reason: '时长被撤销' },
        200,
      );
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/consents',
    allowed: selfOr('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return postCell(volunteerId, `/volunteers/${volunteerId}/consents`, { schoolId: SCHOOL }, 201);
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/consents/:schoolId/revocation',
    allowed: selfOr('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      await world.expectCreated(`/volunteers/${volunteerId}/consents`, { schoolId: SCHOOL });
      return postCell(volunteerId, `/volunteers/${volunteerId}/consents/${SCHOOL}/revocation`, {}, 200);
    },
  },
  {
    route: 'GET /api/v1/schools/:id/students/credits',
    // A school reads its own roster only; admins and auditors any school in their subtree.
    allowed: (caller, target) =>
      (caller === 'school' && target === 'own') || anyOf('admin', 'auditor')(caller, target),
    prepare: (_, target) => {
      const school = target === 'own' ? SCHOOL : target === 'in' ? OTHER_SCHOOL : OUT_OF_SCOPE_SCHOOL;
      return get(`/schools/${school}/students/credits?requiredMinutes=60`);
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/certificates',
    allowed: selfOr('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      await world.manualSession(volunteerId, target, 90);
      return postCell(volunteerId, `/volunteers/${volunteerId}/certificates`, serviceDates(world), 201);
    },
  },
  {
    route: 'GET /api/v1/certificates/:code',
    allowed: anyCaller,
    prepare: async (world, target) => get(`/certificates/${await certificateOf(world, target)}`),
  },
  {
    route: 'GET /api/v1/certificates/:code/pdf',
    allowed: anyCaller,
    prepare: async (world, target) => get(`/certificates/${await certificateOf(world, target)}/pdf`),
  },
  {
    route: 'GET /api/v1/organizations/:id',
    allowed: anyOf('organizer', 'admin', 'auditor'),
    prepare: (world, target) => get(`/organizations/${world.communityOf(target)}`),
  },
  {
    route: 'GET /api/v1/organizations/:id/children',
    allowed: anyOf('organizer', 'admin', 'auditor'),
    prepare: (world, target) => get(`/organizations/${world.communityOf(target)}/children`),
  },
  {
    route: 'GET /api/v1/organizations/:id/volunteers',
    allowed: anyOf('organizer', 'admin', 'auditor'),
    prepare: (world, target) => get(`/organizations/${world.communityOf(target)}/volunteers?q=vol`),
  },
  {
    route: 'GET /api/v1/organizations/:id/activities',
    allowed: anyOf('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      await world.activity(target);
      const range = `from=${encodeURIComponent(world.at(-24 * 60))}&to=${encodeURIComponent(world.at(0))}`;
      return get(`/organizations/${world.communityOf(target)}/activities?${range}`);
    },
  },
  {
    route: 'GET /api/v1/organizations/:id/review-queue',
    allowed: anyOf('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      await sessionOf(world, target, 'pending');
      return get(`/organizations/${world.communityOf(target)}/review-queue`);
    },
  },
  {
    route: 'GET /api/v1/activities/:id',
    // A volunteer may check in anywhere, so reads any activity (with only their own sessions on its roster).
    allowed: (caller, target) =>
      caller === 'volunteer' || anyOf('organizer', 'admin', 'auditor')(caller, target),
    prepare: async (world, target) => {
      const { volunteerId, activityId } = await sessionOf(world, target, 'pending');
      return get(`/activities/${activityId}`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id',
    // A school reads the profile of a student whose consent to it is in force: the own target has one.
    allowed: (caller, target) =>
      (caller === 'school' && target === 'own') || selfOr('organizer', 'admin', 'auditor')(caller, target),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      if (target === 'own')
        await world.expectCreated(`/volunteers/${volunteerId}/consents`, { schoolId: SCHOOL });
      return get(`/volunteers/${volunteerId}`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/awards',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/awards`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/certificates',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/certificates`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/consents',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      await world.expectCreated(`/volunteers/${volunteerId}/consents`, { schoolId: SCHOOL });
      return get(`/volunteers/${volunteerId}/consents`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/session',
    allowed: anyCaller,
    prepare: () => get('/session'),
  },
  {
    route: 'GET /api/v1/auth/development/people',
    allowed: anyCaller,
    prepare: () => get('/auth/development/people'),
  },
  {
    route: 'POST /api/v1/auth/development/sign-in',
    allowed: anyCaller,
    prepare: () => Promise.resolve(postCell('', '/auth/development/sign-in', { sub: 'sysadmin' }, 200)),
  },
  {
    route: 'POST /api/v1/auth/sign-out',
    allowed: anyCaller,
    prepare: async (world) => ({
      own: '',
      request: {
        method: 'POST',
        path: '/auth/sign-out',
        body: {},
        success: 204,
        headers: await signedInBrowserHeaders(world),
      },
    }),
  },
  {
    route: 'GET /api/v1/auth/login',
    allowed: anyCaller,
    prepare: () =>
      Promise.resolve({
        own: '',
        request: { method: 'GET', path: '/auth/login?returnTo=%2Fledger', success: 302, root: true },
      }),
  },
  {
    route: 'GET /api/v1/auth/callback',
    allowed: anyCaller,
    prepare: async (world) => {
      const { path, cookie } = await pendingCallback(world);
      return { own: '', request: { method: 'GET', path, success: 302, root: true, headers: { cookie } } };
    },
  },
];
