import { type AccessWorld, type Caller, type Target } from './access-world.js';

/** The request one matrix cell sends, after its own fixtures were appended. */
export interface CellRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  /** The status of a successful call. */
  readonly success: number;
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

export const ROUTE_CASES: readonly RouteCase[] = [
  {
    route: 'GET /api/v1/health',
    allowed: () => true,
    prepare: () => Promise.resolve({ own: '', request: { method: 'GET', path: '/health', success: 200 } }),
  },
  {
    route: 'POST /api/v1/organizations',
    allowed: anyOf('admin'),
    prepare: (world, target) =>
      Promise.resolve({
        own: '',
        request: {
          method: 'POST',
          path: '/organizations',
          body: {
            id: world.uniqueId('org'),
            name: '幸福小区',
            kind: 'compound',
            parentId: world.communityOf(target),
          },
          success: 201,
        },
      }),
  },
  {
    route: 'POST /api/v1/volunteers',
    allowed: anyOf('admin'),
    prepare: (world, target) =>
      Promise.resolve({
        own: '',
        request: {
          method: 'POST',
          path: '/volunteers',
          body: {
            id: world.uniqueId('vol'),
            name: '赵新',
            birthDate: '2008-09-01',
            organizationId: world.communityOf(target),
            leagueStatus: 'none',
          },
          success: 201,
        },
      }),
  },
  {
    route: 'POST /api/v1/activities',
    allowed: anyOf('organizer', 'admin'),
    prepare: (world, target) =>
      Promise.resolve({
        own: '',
        request: {
          method: 'POST',
          path: '/activities',
          body: {
            id: world.uniqueId('act'),
            organizationId: world.communityOf(target),
            title: '环保清洁',
            category: 'environment',
            startsAt: world.at(60),
            endsAt: world.at(180),
          },
          success: 201,
        },
      }),
  },
  {
    route: 'POST /api/v1/activities/:id/check-ins',
    allowed: selfOr('organizer', 'admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      const activityId = await world.activity(target);
      return {
        own: volunteerId,
        request: {
          method: 'POST',
          path: `/activities/${activityId}/check-ins`,
          body: { volunteerId, at: world.at(-200), method: 'qr' },
          success: 201,
        },
      };
    },
  },
  {
    route: 'POST /api/v1/activities/:id/check-outs',
    allowed: selfOr('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, activityId } = await sessionOf(world, target, 'open');
      return {
        own: volunteerId,
        request: {
          method: 'POST',
          path: `/activities/${activityId}/check-outs`,
          body: { volunteerId, at: world.at(-90) },
          success: 200,
        },
      };
    },
  },
  {
    route: 'POST /api/v1/activities/:id/manual-sessions',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const volunteerId = await world.volunteer(target);
      const activityId = await world.activity(target);
      return {
        own: volunteerId,
        request: {
          method: 'POST',
          path: `/activities/${activityId}/manual-sessions`,
          body: {
            volunteerId,
            startedAt: world.at(-230),
            endedAt: world.at(-110),
            minutes: 120,
            note: '纸质签到表第 3 页',
          },
          success: 201,
        },
      };
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/confirmation',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'pending');
      return {
        own: volunteerId,
        request: { method: 'POST', path: `/sessions/${sessionId}/confirmation`, body: {}, success: 200 },
      };
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/rejection',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'pending');
      return {
        own: volunteerId,
        request: {
          method: 'POST',
          path: `/sessions/${sessionId}/rejection`,
          body: { reason: '未到场' },
          success: 200,
        },
      };
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/corrections',
    allowed: anyOf('organizer', 'admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'confirmed');
      return {
        own: volunteerId,
        request: {
          method: 'POST',
          path: `/sessions/${sessionId}/corrections`,
          body: { minutes: 60, reason: '提前离场' },
          success: 200,
        },
      };
    },
  },
  {
    route: 'POST /api/v1/sessions/:id/revocation',
    allowed: anyOf('admin'),
    prepare: async (world, target) => {
      const { volunteerId, sessionId } = await sessionOf(world, target, 'confirmed');
      return {
        own: volunteerId,
        request: {
          method: 'POST',
          path: `/sessions/${sessionId}/revocation`,
          body: { reason: '代签' },
          success: 200,
        },
      };
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
];
