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
  /** Names a second case of the same route (another answer format, say). */
  readonly variant?: string;
  readonly allowed: (caller: Caller, target: Target) => boolean;
  readonly prepare: (world: AccessWorld, target: Target) => Promise<{ request: CellRequest; own: string }>;
  /** The body is a file (CSV or XLSX bytes), not JSON. */
  readonly fileBody?: true;
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

/**
 * 公示: a volunteer of the target's community with a session still posted — recorded at an activity of a
 * team of its own under that community, whose posting period is three days.
 */
async function postedSessionOf(
  world: AccessWorld,
  target: Target,
): Promise<{ volunteerId: string; sessionId: string }> {
  const teamId = world.uniqueId('team');
  await world.expectCreated('/organizations', {
    id: teamId,
    name: '公示服务队',
    kind: 'team',
    parentId: world.communityOf(target),
  });
  await world.expectOk(`/organizations/${teamId}/posting-period`, { days: 3 });
  const volunteerId = await world.volunteer(target);
  const activityId = world.uniqueId('act');
  await world.expectCreated('/activities', {
    id: activityId,
    organizationId: teamId,
    title: '七彩课堂',
    category: 'tutoring',
    startsAt: world.at(-180),
    endsAt: world.at(-60),
  });
  const recorded = await world.expectCreated(`/activities/${activityId}/manual-sessions`, {
    volunteerId,
    startedAt: world.at(-180),
    endedAt: world.at(-60),
    minutes: 120,
    note: '纸质签到表',
  });
  await world.caughtUp();
  return { volunteerId, sessionId: String(recorded.sessionId) };
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
    route: 'POST /api/v1/activities/:id/report',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const activityId = await world.activity(target);
      return postCell(
        '',
        `/activities/${activityId}/report`,
        { residentVisits: 12, summary: '入户服务 12 人次' },
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
    route: 'POST /api/v1/sessions/:id/objections',
    allowed: selfOr('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await postedSessionOf(world, target);
      return postCell(
        volunteerId,
        `/sessions/${sessionId}/objections`,
        { reason: '当天未见到该志愿者' },
        201,
      );
    },
  },
  {
    // Zero days: the setting is written, and leaves the other cells' sessions in the community unposted.
    route: 'POST /api/v1/organizations/:id/posting-period',
    allowed: anyOf('admin'),
    prepare: (world, target) =>
      Promise.resolve(
        postCell('', `/organizations/${world.communityOf(target)}/posting-period`, { days: 0 }, 200),
      ),
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
    route: 'GET /api/v1/volunteers/:id/ledger',
    variant: 'as an Excel workbook',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/ledger?format=xlsx`, volunteerId);
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
    route: 'GET /api/v1/organizations/:id/eligibility',
    variant: 'as an Excel workbook',
    allowed: anyOf('admin', 'auditor'),
    prepare: (world, target) =>
      get(`/organizations/${world.communityOf(target)}/eligibility?policy=star-volunteer&format=xlsx`),
  },
  {
    route: 'GET /api/v1/organizations/:id/eligibility/count',
    allowed: anyOf('admin', 'auditor'),
    prepare: (world, target) =>
      get(
        `/organizations/${world.communityOf(target)}/eligibility/count?policy=league-admission&tier=qualified`,
      ),
  },
  {
    route: 'GET /api/v1/organizations/:id/anomalies',
    allowed: anyOf('admin', 'auditor'),
    prepare: (world, target) =>
      get(`/organizations/${world.communityOf(target)}/anomalies?from=2024-01-01&to=2024-12-31`),
  },
  {
    route: 'GET /api/v1/audit/award-integrity',
    allowed: anyOf('admin', 'auditor'),
    prepare: (world, target) => get(`/audit/award-integrity?organizationId=${world.communityOf(target)}`),
  },
  {
    route: 'POST /api/v1/organizations/:id/imports',
    fileBody: true,
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      const organizationId = world.communityOf(target);
      return {
        own: volunteerId,
        request: {
          method: 'POST',
          path: `/organizations/${organizationId}/imports?source=matrix`,
          body: `volunteer id,organisation id,date,start,end,record id\n${volunteerId},${organizationId},2024-01-10,09:00,10:00,${volunteerId}-1\n`,
          headers: { 'content-type': 'text/csv' },
          success: 200,
        },
      };
    },
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
    route: 'POST /api/v1/volunteers/:id/league-status',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return postCell(
        volunteerId,
        `/volunteers/${volunteerId}/league-status`,
        { leagueStatus: 'member' },
        200,
      );
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/school',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return postCell(volunteerId, `/volunteers/${volunteerId}/school`, { schoolId: SCHOOL }, 200);
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/transfer',
    // The admin's subtree holds both the volunteer and the new organisation.
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      const organizationId = target === 'out' ? 'tianyuan' : 'yuetang';
      return postCell(volunteerId, `/volunteers/${volunteerId}/transfer`, { organizationId }, 200);
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/deactivation',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return postCell(volunteerId, `/volunteers/${volunteerId}/deactivation`, { reason: '迁居外地' }, 200);
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/reactivation',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      await world.expectOk(`/volunteers/${volunteerId}/deactivation`, { reason: '迁居外地' });
      return postCell(volunteerId, `/volunteers/${volunteerId}/reactivation`, { reason: '返回株洲' }, 200);
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/consents',
    // Only the volunteer grants a consent; an administrator cannot (中国注册志愿者管理办法).
    allowed: (caller, target) => caller === 'volunteer' && target === 'own',
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
      await world.consentAs(volunteerId, SCHOOL);
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
    route: 'GET /api/v1/schools/:id/students/credits',
    variant: 'as an Excel workbook',
    allowed: (caller, target) =>
      (caller === 'school' && target === 'own') || anyOf('admin', 'auditor')(caller, target),
    prepare: (_, target) => {
      const school = target === 'own' ? SCHOOL : target === 'in' ? OTHER_SCHOOL : OUT_OF_SCOPE_SCHOOL;
      return get(`/schools/${school}/students/credits?requiredMinutes=60&format=xlsx`);
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
    route: 'GET /api/v1/organizations/:id/statistics',
    allowed: anyOf('admin', 'auditor'),
    prepare: (world, target) =>
      get(`/organizations/${world.communityOf(target)}/statistics?from=2020-01&to=2030-12&groupBy=month`),
  },
  {
    route: 'GET /api/v1/volunteers/:id',
    // A school reads the profile of a student whose consent to it is in force: the own target has one.
    allowed: (caller, target) =>
      (caller === 'school' && target === 'own') || selfOr('organizer', 'admin', 'auditor')(caller, target),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      if (target === 'own') await world.consentAs(volunteerId, SCHOOL);
      return get(`/volunteers/${volunteerId}`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/profile-changes',
    allowed: selfOr('organizer', 'admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/profile-changes`, volunteerId);
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
      await world.consentAs(volunteerId, SCHOOL);
      return get(`/volunteers/${volunteerId}/consents`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/personal-data',
    allowed: selfOr('admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/personal-data`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/personal-data/copy',
    allowed: selfOr('admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/personal-data/copy`, volunteerId);
    },
  },
  {
    route: 'GET /api/v1/volunteers/:id/personal-data/masked',
    allowed: selfOr('admin', 'auditor'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return get(`/volunteers/${volunteerId}/personal-data/masked`, volunteerId);
    },
  },
  {
    route: 'POST /api/v1/volunteers/:id/personal-data/erasure',
    allowed: selfOr('admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      return postCell(
        volunteerId,
        `/volunteers/${volunteerId}/personal-data/erasure`,
        { reason: '本人申请' },
        200,
      );
    },
  },
  {
    route: 'GET /api/v1/organizations/:id/personal-data-reads',
    // An auditor reads what an administrator reads.
    allowed: anyOf('admin', 'auditor'),
    prepare: (_world, target) =>
      get(
        `/organizations/${target === 'out' ? 'tianyuan' : 'hetang'}/personal-data-reads?from=2020-01-01&to=2099-12-31`,
      ),
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
