import { calendarDate } from '@vl/domain';
import { EVENT_STORE } from '@vl/platform';
import { type EventStore } from '@vl/event-store';
import { Projector } from '@vl/read-model';
import { postgresSkipReason } from '@vl/testing';
import {
  type Backend,
  Http,
  readModelCaughtUp,
  startTestLedger,
  storeHead,
  type TestLedger,
} from '../support/ledger-app.js';
import { dumpReadModel } from '../support/read-model-dump.js';

const backends: Backend[] = ['pglite', 'postgres'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONE = 'Asia/Shanghai';
/** The activity began ten days ago on a whole minute and runs until tomorrow. */
const START = Math.floor((Date.now() - 10 * DAY) / MINUTE) * MINUTE;
const iso = (ms: number): string => new Date(ms).toISOString();
const dayOf = (ms: number): string => calendarDate(iso(ms), ZONE);
const TODAY = dayOf(Date.now());
/** Admitted to the League two days ago; the admission was recorded today. */
const ADMITTED_ON = dayOf(Date.now() - 2 * DAY);

describe.each(backends)('profile changes over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  if (skip) console.warn(`PostgreSQL e2e skipped: ${skip}`);

  let ledger: TestLedger;
  let root: Http;
  let hetangAdmin: Http;
  let tianyuanAdmin: Http;
  let hetangAuditor: Http;
  let organiser: Http;
  let student: Http;
  let school: Http;

  const post = async (client: Http, path: string, body: unknown, status: number) => {
    const response = await client.post(path, body);
    if (response.status !== status) {
      throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body as Record<string, unknown>;
  };
  const caughtUp = () => readModelCaughtUp(ledger);
  const register = (id: string, extra: Record<string, unknown> = {}) =>
    post(
      root,
      '/volunteers',
      {
        id,
        name: `志愿者${id}`,
        birthDate: '2004-05-01',
        organizationId: 'lianhua',
        leagueStatus: 'applicant',
        ...extra,
      },
      201,
    );
  /** A paper sheet on day `day` of the activity: recorded by the organiser, it counts as confirmed. */
  const confirmedSheet = async (volunteerId: string, day: number, minutes: number) => {
    const started = START + day * DAY;
    const recorded = await post(
      organiser,
      '/activities/week/manual-sessions',
      {
        volunteerId,
        startedAt: iso(started),
        endedAt: iso(started + minutes * MINUTE),
        minutes,
        note: '纸质签到表',
      },
      201,
    );
    return String(recorded.sessionId);
  };
  const leagueAdmission = async (client: Http, volunteerId: string, query = '') => {
    const response = await client.get(
      `/volunteers/${volunteerId}/eligibility?policy=league-admission${query}`,
    );
    expect(response.status).toBe(200);
    return response.body.determinations[0] as { eligible: boolean; unmet?: unknown };
  };

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend);
    const anonymous = new Http(ledger.url);
    root = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    hetangAdmin = anonymous.as(await ledger.token({ sub: 'hetang-admin', roles: ['admin'], org: 'hetang' }));
    tianyuanAdmin = anonymous.as(await ledger.token({ sub: 'ty-admin', roles: ['admin'], org: 'tianyuan' }));
    hetangAuditor = anonymous.as(
      await ledger.token({ sub: 'hetang-auditor', roles: ['auditor'], org: 'hetang' }),
    );
    organiser = anonymous.as(await ledger.token({ sub: 'organiser', roles: ['organizer'], org: 'lianhua' }));
    student = anonymous.as(
      await ledger.token({ sub: 'student', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-student' }),
    );
    school = anonymous.as(await ledger.token({ sub: 'no2', roles: ['school'], org: 'no2', schoolId: 'no2' }));
    for (const [id, name, kind, parentId] of [
      ['zhuzhou', '株洲市', 'city', undefined],
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['lianhua', '莲花社区', 'community', 'hetang'],
      ['no2', '株洲市第二中学', 'school', 'hetang'],
      ['tianyuan', '天元区', 'district', 'zhuzhou'],
      ['songjia', '宋家社区', 'community', 'tianyuan'],
      ['no8', '株洲市第八中学', 'school', 'tianyuan'],
    ] as const) {
      await post(root, '/organizations', { id, name, kind, ...(parentId ? { parentId } : {}) }, 201);
    }
    await post(
      root,
      '/activities',
      {
        id: 'week',
        organizationId: 'lianhua',
        title: '七彩假期志愿服务',
        category: 'holiday-class',
        startsAt: iso(START),
        endsAt: iso(START + 11 * DAY),
      },
      201,
    );
  });

  afterAll(async () => {
    await ledger?.close();
  });

  maybe(
    'admits an applicant as a member from a date: league admission stops applying from then on',
    async () => {
      await register('v-league');
      for (const day of [0, 1, 2, 3]) await confirmedSheet('v-league', day, 600);
      await caughtUp();
      expect(await leagueAdmission(hetangAdmin, 'v-league')).toMatchObject({ eligible: true });
      const beforeAdmission = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 20));

      const admitted = await post(
        hetangAdmin,
        '/volunteers/v-league/league-status',
        { leagueStatus: 'member', effectiveOn: ADMITTED_ON },
        200,
      );
      expect(admitted).toEqual({
        volunteerId: 'v-league',
        effectiveOn: ADMITTED_ON,
        position: expect.any(Number),
      });
      await readModelCaughtUp(ledger, Number(admitted.position));

      expect(await leagueAdmission(hetangAdmin, 'v-league')).toMatchObject({ eligible: false });
      const profile = await hetangAuditor.get('/volunteers/v-league');
      expect(profile.body).toMatchObject({ leagueStatus: 'member', active: true, deactivatedOn: null });
      // Served before the admission day: still an applicant then, with all 40 hours behind them.
      const dayBefore = encodeURIComponent(`${dayOf(Date.now() - 3 * DAY)}T23:00:00+08:00`);
      expect(await leagueAdmission(hetangAdmin, 'v-league', `&asOf=${dayBefore}`)).toMatchObject({
        eligible: true,
      });
      // As the ledger knew it before the admission was recorded, whatever its date.
      const known = encodeURIComponent(beforeAdmission);
      expect(await leagueAdmission(hetangAdmin, 'v-league', `&asKnownAt=${known}`)).toMatchObject({
        eligible: true,
      });
      const now = encodeURIComponent(new Date().toISOString());
      expect(await leagueAdmission(hetangAdmin, 'v-league', `&asKnownAt=${now}`)).toMatchObject({
        eligible: false,
      });

      const changes = await hetangAuditor.get('/volunteers/v-league/profile-changes');
      expect(changes.status).toBe(200);
      expect(changes.body.items).toEqual([
        expect.objectContaining({
          kind: 'leagueStatus',
          previousValue: 'applicant',
          value: 'member',
          effectiveOn: ADMITTED_ON,
          actor: 'hetang-admin',
        }),
      ]);
    },
  );

  maybe(
    'refuses a member becoming an applicant, a repeated status and a date out of order, writing nothing',
    async () => {
      await caughtUp();
      const before = await storeHead(ledger);
      const cases: [Record<string, unknown>, number, string][] = [
        [{ leagueStatus: 'applicant' }, 422, 'LEAGUE_STATUS_TRANSITION_INVALID'],
        [{ leagueStatus: 'member' }, 422, 'PROFILE_UNCHANGED'],
        [
          { leagueStatus: 'none', effectiveOn: dayOf(Date.now() - 5 * DAY) },
          422,
          'PROFILE_CHANGE_OUT_OF_ORDER',
        ],
        [{ leagueStatus: 'none', effectiveOn: dayOf(Date.now() + 2 * DAY) }, 422, 'PROFILE_CHANGE_IN_FUTURE'],
        [{ leagueStatus: 'leader' }, 400, 'VALIDATION_FAILED'],
        [{ leagueStatus: 'none', effectiveOn: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
        [{}, 400, 'VALIDATION_FAILED'],
      ];
      for (const [body, status, code] of cases) {
        const response = await hetangAdmin.post('/volunteers/v-league/league-status', body);
        expect({ body, status: response.status, code: response.body.code }).toEqual({ body, status, code });
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
      const unknown = await hetangAdmin.post('/volunteers/v-nobody/league-status', {
        leagueStatus: 'member',
      });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'VOLUNTEER_NOT_FOUND']);
      const outOfScope = await tianyuanAdmin.post('/volunteers/v-league/league-status', {
        leagueStatus: 'none',
      });
      expect([outOfScope.status, outOfScope.body.code]).toEqual([403, 'NOT_IN_SCOPE']);
      const byAuditor = await hetangAuditor.post('/volunteers/v-league/league-status', {
        leagueStatus: 'none',
      });
      expect(byAuditor.status).toBe(403);
      expect(await storeHead(ledger)).toBe(before);
    },
  );

  maybe('answers a retried change with the same position and appends it once', async () => {
    await register('v-retry');
    const key = { 'idempotency-key': 'admit-v-retry-1' };
    const first = await hetangAdmin.post(
      '/volunteers/v-retry/league-status',
      { leagueStatus: 'member' },
      key,
    );
    const head = await storeHead(ledger);
    const again = await hetangAdmin.post(
      '/volunteers/v-retry/league-status',
      { leagueStatus: 'member' },
      key,
    );
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    expect(first.body.effectiveOn).toBe(TODAY);
    expect(await storeHead(ledger)).toBe(head);
    const other = await hetangAdmin.post('/volunteers/v-retry/league-status', { leagueStatus: 'none' }, key);
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
  });

  maybe(
    'moves a student to another school: the old school no longer sees them, the history stays',
    async () => {
      await register('v-student', { schoolId: 'no2' });
      await post(student, '/volunteers/v-student/consents', { schoolId: 'no2' }, 201);
      await confirmedSheet('v-student', 4, 120);
      await caughtUp();
      const roster = async () => {
        const response = await school.get('/schools/no2/students/credits?requiredMinutes=60');
        expect(response.status).toBe(200);
        return (response.body.students as { volunteerId: string }[]).map((row) => row.volunteerId);
      };
      expect(await roster()).toEqual(['v-student']);
      expect((await school.get('/volunteers/v-student')).status).toBe(200);

      const before = await storeHead(ledger);
      for (const [body, status, code] of [
        [{ schoolId: 'no9' }, 404, 'SCHOOL_NOT_FOUND'],
        [{ schoolId: 'songjia' }, 422, 'NOT_A_SCHOOL'],
        [{ schoolId: 'no2' }, 422, 'PROFILE_UNCHANGED'],
        [{ schoolId: 'no 8' }, 400, 'VALIDATION_FAILED'],
      ] as const) {
        const response = await hetangAdmin.post('/volunteers/v-student/school', body);
        expect({ body, status: response.status, code: response.body.code }).toEqual({ body, status, code });
      }
      expect(await storeHead(ledger)).toBe(before);

      const moved = await post(hetangAdmin, '/volunteers/v-student/school', { schoolId: 'no8' }, 200);
      await readModelCaughtUp(ledger, Number(moved.position));
      expect(await roster()).toEqual([]);
      expect((await school.get('/volunteers/v-student')).status).toBe(403);
      const profile = await hetangAdmin.get('/volunteers/v-student');
      expect(profile.body).toMatchObject({ schoolId: 'no8', organizationId: 'lianhua' });
      const consents = await student.get('/volunteers/v-student/consents');
      expect(consents.body.items).toEqual([
        expect.objectContaining({ schoolId: 'no2', revokedAt: expect.any(String) }),
      ]);
      const balance = await student.get('/volunteers/v-student/balance');
      expect(balance.body.confirmedMinutes).toBe(120);
      const changes = await student.get('/volunteers/v-student/profile-changes');
      expect(changes.body.items).toEqual([
        expect.objectContaining({ kind: 'school', previousValue: 'no2', value: 'no8', effectiveOn: TODAY }),
      ]);
      const leaves = await post(hetangAdmin, '/volunteers/v-student/school', { schoolId: null }, 200);
      await readModelCaughtUp(ledger, Number(leaves.position));
      expect((await hetangAdmin.get('/volunteers/v-student')).body.schoolId).toBeNull();
    },
  );

  maybe(
    'transfers a volunteer: the new subtree sees them from then, their sessions stay where earned',
    async () => {
      await register('v-move');
      const earned = await confirmedSheet('v-move', 5, 90);
      await caughtUp();
      expect((await tianyuanAdmin.get('/volunteers/v-move')).status).toBe(403);

      const before = await storeHead(ledger);
      const crossing = await hetangAdmin.post('/volunteers/v-move/transfer', { organizationId: 'songjia' });
      expect([crossing.status, crossing.body.code]).toEqual([403, 'NOT_IN_SCOPE']);
      const nowhere = await root.post('/volunteers/v-move/transfer', { organizationId: 'atlantis' });
      expect([nowhere.status, nowhere.body.code]).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
      const same = await root.post('/volunteers/v-move/transfer', { organizationId: 'lianhua' });
      expect([same.status, same.body.code]).toEqual([422, 'PROFILE_UNCHANGED']);
      expect(await storeHead(ledger)).toBe(before);

      const moved = await post(root, '/volunteers/v-move/transfer', { organizationId: 'songjia' }, 200);
      await readModelCaughtUp(ledger, Number(moved.position));
      const seen = await tianyuanAdmin.get('/volunteers/v-move');
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ organizationId: 'songjia', organizationName: '宋家社区' });
      expect((await hetangAdmin.get('/volunteers/v-move')).status).toBe(403);
      const listed = await tianyuanAdmin.get('/organizations/tianyuan/volunteers?q=v-move');
      expect(listed.body.items).toEqual([
        expect.objectContaining({ id: 'v-move', organizationId: 'songjia' }),
      ]);
      const left = await hetangAdmin.get('/organizations/hetang/volunteers?q=v-move');
      expect(left.body.items).toEqual([]);
      // The session was earned under 莲花社区's activity and stays there: the ledger still names it.
      const ledgerEntries = await tianyuanAdmin.get('/volunteers/v-move/ledger');
      expect(ledgerEntries.status).toBe(200);
      expect(ledgerEntries.body.entries).toEqual([
        expect.objectContaining({ minutes: 90, state: 'confirmed' }),
      ]);
      expect(JSON.stringify(ledgerEntries.body.entries[0])).toContain('lianhua');
      // Whoever organised it still answers for it (谁组织谁记录): 莲花社区's organiser corrects it, 天元区 cannot.
      const correction = { minutes: 80, reason: '核对签到表' };
      const byNewHome = await tianyuanAdmin.post(`/sessions/${earned}/corrections`, correction);
      expect([byNewHome.status, byNewHome.body.code]).toEqual([403, 'NOT_IN_ORGANIZING_SUBTREE']);
      await post(organiser, `/sessions/${earned}/corrections`, correction, 200);
    },
  );

  maybe(
    'deactivates a volunteer: no check-in or paper sheet, history kept; reactivation opens them again',
    async () => {
      await register('v-away');
      await confirmedSheet('v-away', 6, 60);
      const open = await post(
        organiser,
        '/activities/week/check-ins',
        { volunteerId: 'v-away', method: 'organizer' },
        201,
      );
      const whileOpen = await hetangAdmin.post('/volunteers/v-away/deactivation', { reason: '迁居外地' });
      expect([whileOpen.status, whileOpen.body.code]).toEqual([409, 'SESSION_ALREADY_OPEN']);
      await post(organiser, '/activities/week/check-outs', { volunteerId: 'v-away' }, 200);
      expect(open.sessionId).toEqual(expect.any(String));

      const noReason = await hetangAdmin.post('/volunteers/v-away/deactivation', { reason: '   ' });
      expect([noReason.status, noReason.body.code]).toEqual([422, 'REASON_REQUIRED']);
      const off = await post(hetangAdmin, '/volunteers/v-away/deactivation', { reason: '迁居外地' }, 200);
      await readModelCaughtUp(ledger, Number(off.position));
      const again = await hetangAdmin.post('/volunteers/v-away/deactivation', { reason: '迁居外地' });
      expect([again.status, again.body.code]).toEqual([409, 'VOLUNTEER_ALREADY_INACTIVE']);

      const before = await storeHead(ledger);
      const checkIn = await organiser.post('/activities/week/check-ins', {
        volunteerId: 'v-away',
        method: 'organizer',
      });
      expect([checkIn.status, checkIn.body.code]).toEqual([422, 'VOLUNTEER_INACTIVE']);
      const started = START + 7 * DAY;
      const sheet = await organiser.post('/activities/week/manual-sessions', {
        volunteerId: 'v-away',
        startedAt: iso(started),
        endedAt: iso(started + 60 * MINUTE),
        minutes: 60,
        note: '纸质签到表',
      });
      expect([sheet.status, sheet.body.code]).toEqual([422, 'VOLUNTEER_INACTIVE']);
      expect(await storeHead(ledger)).toBe(before);

      const profile = await hetangAdmin.get('/volunteers/v-away');
      expect(profile.body).toMatchObject({ active: false, deactivatedOn: TODAY });
      const listed = await hetangAdmin.get('/organizations/lianhua/volunteers?q=v-away');
      expect(listed.body.items).toEqual([expect.objectContaining({ id: 'v-away', active: false })]);
      const balance = await hetangAdmin.get('/volunteers/v-away/balance');
      expect(balance.body.confirmedMinutes).toBe(60);

      const on = await post(hetangAdmin, '/volunteers/v-away/reactivation', { reason: '返回株洲' }, 200);
      await readModelCaughtUp(ledger, Number(on.position));
      const onAgain = await hetangAdmin.post('/volunteers/v-away/reactivation', { reason: '返回株洲' });
      expect([onAgain.status, onAgain.body.code]).toEqual([409, 'VOLUNTEER_ALREADY_ACTIVE']);
      await post(
        organiser,
        '/activities/week/check-ins',
        { volunteerId: 'v-away', method: 'organizer' },
        201,
      );
      const changes = await hetangAdmin.get('/volunteers/v-away/profile-changes');
      expect(
        changes.body.items.map((item: { kind: string; value: string }) => [item.kind, item.value]),
      ).toEqual([
        ['activity', 'inactive'],
        ['activity', 'active'],
      ]);
    },
  );

  maybe('keeps ids only in the profile events', async () => {
    const store = ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    const events = await store.readAll({ fromPosition: 0, maxCount: 10_000 });
    const profileEvents = events.filter((event) =>
      [
        'VolunteerLeagueStatusChanged',
        'VolunteerSchoolChanged',
        'VolunteerTransferred',
        'VolunteerDeactivated',
        'VolunteerReactivated',
      ].includes(event.type),
    );
    expect(profileEvents.length).toBeGreaterThanOrEqual(7);
    const text = JSON.stringify(profileEvents.map((event) => event.data));
    for (const personal of ['志愿者', '2004-05-01', 'name', 'birthDate'])
      expect(text).not.toContain(personal);
  });

  maybe('rebuilds the read models from the events to the same rows', async () => {
    await caughtUp();
    const live = await dumpReadModel(ledger);
    expect(live['rm_volunteer_profile_changes']?.length).toBeGreaterThanOrEqual(7);
    await ledger.app.app.get(Projector).rebuild();
    expect(await dumpReadModel(ledger)).toEqual(live);
    await ledger.app.app.get(Projector).start();
  });
});
