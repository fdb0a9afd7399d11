import { mintDevelopmentToken } from '@vl/auth';
import { type Role } from '@vl/domain';
import { Http, readModelCaughtUp, startTestLedger, type TestLedger } from '../../support/ledger-app.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** What the page suites work with: the running service, clients for each person, and the seeded ids. */
export interface SeededLedger {
  readonly ledger: TestLedger;
  readonly url: string;
  readonly volunteer: Http;
  readonly organiser: Http;
  readonly admin: Http;
  readonly volunteerId: string;
  readonly liveActivityId: string;
  readonly validCode: string;
  readonly revokedCode: string;
  readonly correctedSessionId: string;
  readonly schoolId: string;
  close(): Promise<void>;
}

/** The calendar date of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(instant: number): string {
  return new Date(instant + 8 * 60 * MINUTE).toISOString().slice(0, 10);
}

async function ok(response: Promise<{ status: number; body: Record<string, unknown> }>, status: number) {
  const answer = await response;
  if (answer.status !== status) {
    throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/**
 * The service on the embedded default with the development secret (so the development sign-in is on), and a
 * volunteer with a history: confirmed paper-sheet sessions in three months and categories, a correction with
 * its reason, a pending session, a valid certificate and one whose hours were revoked, and an activity
 * running now for the check-in page.
 */
export async function startSeededLedger(): Promise<SeededLedger> {
  const ledger = await startTestLedger('pglite', { AUTH_JWT_SECRET: '' });
  const secret = ledger.config.authJwtSecret;
  if (!secret) throw new Error('the development secret is not in use');
  const http = new Http(ledger.url);
  const as = async (sub: string, roles: Role[], org: string, extra: Record<string, string> = {}) =>
    http.as(await mintDevelopmentToken(secret, { sub, roles, org, ...extra }));
  const root = await as('root', ['admin'], '*');
  const admin = await as('hetang-admin', ['admin'], 'hetang');
  const organiser = await as('lianhua-organiser', ['organizer'], 'lianhua');
  const volunteerId = 'v1';
  const volunteer = await as('volunteer-v1', ['volunteer'], 'lianhua', { volunteerId });

  for (const [id, name, kind, parentId] of [
    ['zhuzhou', '株洲市', 'city', undefined],
    ['hetang', '荷塘区', 'district', 'zhuzhou'],
    ['yuetang', '月塘街道', 'subdistrict', 'hetang'],
    ['lianhua', '莲花社区', 'community', 'yuetang'],
    ['no2', '株洲市第二中学', 'school', 'hetang'],
  ] as const) {
    await ok(root.post('/organizations', { id, name, kind, ...(parentId ? { parentId } : {}) }), 201);
  }
  await ok(
    admin.post('/volunteers', {
      id: volunteerId,
      name: '张小青',
      birthDate: '2008-05-01',
      organizationId: 'lianhua',
      leagueStatus: 'applicant',
    }),
    201,
  );

  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  const iso = (instant: number) => new Date(instant).toISOString();
  /** An activity of `minutes` starting at `start`, with a confirmed paper-sheet session covering `served`. */
  async function paperSession(id: string, title: string, category: string, start: number, served: number) {
    await ok(
      organiser.post('/activities', {
        id,
        organizationId: 'lianhua',
        title,
        category,
        startsAt: iso(start),
        endsAt: iso(start + 180 * MINUTE),
      }),
      201,
    );
    const body = await ok(
      organiser.post(`/activities/${id}/manual-sessions`, {
        volunteerId,
        startedAt: iso(start),
        endedAt: iso(start + served * MINUTE),
        minutes: served,
        note: '纸质签到表',
      }),
      201,
    );
    return String(body.sessionId);
  }

  await paperSession('elderly-1', '关爱老人：陪伴聊天', 'elderly', now - 40 * DAY, 150);
  const certified = await paperSession('tutoring-1', '七彩课堂：作业辅导', 'tutoring', now - 20 * DAY, 120);
  const corrected = await paperSession('clean-up-1', '社区环境清洁', 'environment', now - 5 * DAY, 90);
  await ok(
    organiser.post(`/sessions/${corrected}/corrections`, { minutes: 75, reason: '签退时间登记有误' }),
    200,
  );
  const doomed = await paperSession('tutoring-2', '七彩课堂：周末读书会', 'tutoring', now - 12 * DAY, 60);

  // A session awaiting confirmation: an organiser took attendance yesterday, nobody confirmed it yet.
  const yesterday = now - DAY;
  await ok(
    organiser.post('/activities', {
      id: 'parking-1',
      organizationId: 'lianhua',
      title: '文明停车引导',
      category: 'civility',
      startsAt: iso(yesterday),
      endsAt: iso(yesterday + 120 * MINUTE),
    }),
    201,
  );
  await ok(
    organiser.post('/activities/parking-1/check-ins', {
      volunteerId,
      at: iso(yesterday),
      method: 'organizer',
    }),
    201,
  );
  await ok(
    organiser.post('/activities/parking-1/check-outs', { volunteerId, at: iso(yesterday + 100 * MINUTE) }),
    200,
  );

  const valid = await ok(
    volunteer.post('/volunteers/v1/certificates', {
      from: shanghaiDate(now - 21 * DAY),
      to: shanghaiDate(now - 19 * DAY),
    }),
    201,
  );
  const revoked = await ok(
    volunteer.post('/volunteers/v1/certificates', {
      from: shanghaiDate(now - 13 * DAY),
      to: shanghaiDate(now - 11 * DAY),
    }),
    201,
  );
  await ok(admin.post(`/sessions/${doomed}/revocation`, { reason: '签到地点与活动地点不符' }), 200);

  const liveActivityId = 'live-1';
  await ok(
    organiser.post('/activities', {
      id: liveActivityId,
      organizationId: 'lianhua',
      title: '流动少年宫：手工课',
      category: 'youth-palace',
      startsAt: iso(now - 30 * MINUTE),
      endsAt: iso(now + 150 * MINUTE),
    }),
    201,
  );
  await readModelCaughtUp(ledger);
  void certified;
  return {
    ledger,
    url: ledger.url,
    volunteer,
    organiser,
    admin,
    volunteerId,
    liveActivityId,
    validCode: String(valid.code),
    revokedCode: String(revoked.code),
    correctedSessionId: corrected,
    schoolId: 'no2',
    close: () => ledger.close(),
  };
}
