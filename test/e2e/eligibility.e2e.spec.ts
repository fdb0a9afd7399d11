import { Projector } from '@vl/read-model';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresSkipReason } from '@vl/testing';
import {
  type Backend,
  Http,
  startTestLedger,
  type TestLedger,
  readModelCaughtUp,
  storeHead,
} from '../support/ledger-app.js';
import { dumpReadModel } from '../support/read-model-dump.js';

const backends: Backend[] = ['pglite', 'postgres'];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Each community's service programme ran from 20 days ago to yesterday, on whole minutes. */
const PROGRAMME_START = Math.floor((Date.now() - 20 * DAY) / MINUTE) * MINUTE;
const iso = (ms: number): string => new Date(ms).toISOString();

/** A paper sheet of `minutes` on day `day` of the programme, starting at the day's beginning. */
const sheet = (day: number, minutes: number) => ({
  startedAt: iso(PROGRAMME_START + day * DAY),
  endedAt: iso(PROGRAMME_START + day * DAY + minutes * MINUTE),
  minutes,
});

// Hours per volunteer: star 110 h (1-star at 100 h), near 90 h, league 35 h (70 points, 60 needed), none for
// new, and 120 h for a volunteer of another district.
const SERVICE: Record<string, { activity: string; sheets: number[] }> = {
  'v-star': { activity: 'lianhua-programme', sheets: [1200, 1200, 1200, 1200, 1200, 600] },
  'v-near': { activity: 'songjia-programme', sheets: [1200, 1200, 1200, 1200, 600] },
  'v-league': { activity: 'lianhua-programme', sheets: [1200, 900] },
  'v-ty': { activity: 'tianyuan-programme', sheets: [1200, 1200, 1200, 1200, 1200, 1200] },
};

describe.each(backends)('auditing eligibility end to end over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  if (skip) console.warn(`PostgreSQL e2e skipped: ${skip}`);

  let ledger: TestLedger;
  let anonymous: Http;
  let admin: Http;
  let auditor: Http;
  let organiser: Http;
  let otherAdmin: Http;
  let starVolunteer: Http;
  const sessions: Record<string, string[]> = {};
  let lastPosition = 0;

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend);
    anonymous = new Http(ledger.url);
    const root = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    admin = anonymous.as(await ledger.token({ sub: 'hetang-admin', roles: ['admin'], org: 'hetang' }));
    auditor = anonymous.as(await ledger.token({ sub: 'hetang-auditor', roles: ['auditor'], org: 'hetang' }));
    organiser = anonymous.as(
      await ledger.token({ sub: 'hetang-organiser', roles: ['organizer'], org: 'hetang' }),
    );
    otherAdmin = anonymous.as(
      await ledger.token({ sub: 'tianyuan-admin', roles: ['admin'], org: 'tianyuan' }),
    );
    starVolunteer = anonymous.as(
      await ledger.token({ sub: 'star', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-star' }),
    );
    const created = async (response: Promise<{ status: number; body: { position?: number } }>) => {
      const { status, body } = await response;
      expect(status).toBe(201);
      lastPosition = Math.max(lastPosition, body.position ?? 0);
      return body;
    };
    await created(root.post('/organizations', { id: 'zhuzhou', name: '株洲市', kind: 'city' }));
    for (const [id, name, kind, parentId] of [
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['lianhua', '莲花社区', 'community', 'hetang'],
      ['songjia', '宋家桥社区', 'community', 'hetang'],
      ['tianyuan', '天元区', 'district', 'zhuzhou'],
      ['taishan', '泰山路社区', 'community', 'tianyuan'],
    ] as const) {
      await created(root.post('/organizations', { id, name, kind, parentId }));
    }
    for (const [id, name, birthDate, organizationId, leagueStatus] of [
      ['v-star', '张星', '1998-03-01', 'lianhua', 'member'],
      ['v-near', '李近', '2001-07-15', 'songjia', 'member'],
      ['v-league', '=王青', '2008-06-01', 'lianhua', 'applicant'],
      ['v-new', '赵新', '2005-02-02', 'songjia', 'none'],
      ['v-ty', '周天', '2000-10-10', 'taishan', 'member'],
    ] as const) {
      await created(root.post('/volunteers', { id, name, birthDate, organizationId, leagueStatus }));
    }
    for (const [id, organizationId] of [
      ['lianhua-programme', 'lianhua'],
      ['songjia-programme', 'songjia'],
      ['tianyuan-programme', 'taishan'],
    ] as const) {
      await created(
        root.post('/activities', {
          id,
          organizationId,
          title: '七彩假期志愿服务',
          category: 'holiday-class',
          startsAt: iso(PROGRAMME_START),
          endsAt: iso(PROGRAMME_START + 19 * DAY),
        }),
      );
    }
    for (const [volunteerId, { activity, sheets }] of Object.entries(SERVICE)) {
      sessions[volunteerId] = [];
      for (const [day, minutes] of sheets.entries()) {
        const body = await created(
          root.post(`/activities/${activity}/manual-sessions`, {
            volunteerId,
            ...sheet(day, minutes),
            note: `纸质签到表第${day + 1}页`,
          }),
        );
        sessions[volunteerId]?.push((body as { sessionId: string }).sessionId);
      }
    }
  });

  afterAll(async () => {
    await ledger?.close();
  });

  maybe('lists the policies in force with their versions, effective dates and tiers', async () => {
    const response = await starVolunteer.get('/policies');
    expect(response.status).toBe(200);
    const star = response.body.policies.find((policy: { id: string }) => policy.id === 'star-volunteer');
    expect(star).toMatchObject({ version: 1, effectiveFrom: '2000-01-01', kind: 'hours-tiers' });
    expect(star.tiers.map((tier: { id: string; threshold: number }) => [tier.id, tier.threshold])).toEqual([
      ['1-star', 6000],
      ['2-star', 18000],
      ['3-star', 36000],
      ['4-star', 60000],
      ['5-star', 90000],
    ]);
    const league = response.body.policies.find((policy: { id: string }) => policy.id === 'league-admission');
    expect(league.tiers).toEqual([
      expect.objectContaining({ id: 'qualified', unit: 'points', threshold: 60 }),
    ]);
    expect(star.sources[0]).toMatchObject({ title: '志愿服务记录办法', issuer: '民政部', year: 2012 });
    expect(star.rationale).toEqual({
      zh: expect.stringContaining('100'),
      en: expect.stringContaining('100'),
    });
    for (const policy of response.body.policies as { id: string; sources: unknown[] }[]) {
      expect([policy.id, policy.sources.length > 0]).toEqual([policy.id, true]);
    }
  });

  maybe('documents the sources of policies and determinations in OpenAPI', async () => {
    const document = (await (await fetch(`${ledger.url}/docs/openapi.json`)).json()) as {
      components: { schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }> };
    };
    const { schemas } = document.components;
    expect(schemas['PolicySourceDto']?.required).toEqual(['title', 'issuer', 'year']);
    expect(schemas['PolicySummaryDto']?.properties['sources']).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/PolicySourceDto' },
    });
    expect(schemas['DeterminationDto']?.properties['sources']).toMatchObject({
      items: { $ref: '#/components/schemas/PolicySourceDto' },
    });
  });

  maybe(
    'answers a volunteer’s eligibility with the version, figures and the entries behind them',
    async () => {
      const own = await starVolunteer.get(
        `/volunteers/v-star/eligibility?policy=star-volunteer&minPosition=${lastPosition}`,
      );
      expect(own.status).toBe(200);
      expect(own.body.determinations).toEqual([
        expect.objectContaining({
          policyId: 'star-volunteer',
          version: 1,
          eligible: true,
          tier: '1-star',
          measured: 6600,
          threshold: 6000,
          missing: 0,
          evidence: expect.arrayContaining(sessions['v-star'] ?? []),
          sources: [
            expect.objectContaining({ title: '志愿服务记录办法', issuer: '民政部', year: 2012 }),
            expect.objectContaining({ title: '志愿服务条例', issuer: '国务院', year: 2017 }),
          ],
        }),
      ]);
      expect(own.body.determinations[0].evidence).toHaveLength(6);

      const all = await auditor.get('/volunteers/v-league/eligibility');
      const byPolicy = Object.fromEntries(
        all.body.determinations.map((answer: { policyId: string }) => [answer.policyId, answer]),
      );
      expect(byPolicy['league-admission']).toMatchObject({
        eligible: true,
        tier: 'qualified',
        unit: 'points',
        measured: 70,
        threshold: 60,
        missing: 0,
      });
      expect(byPolicy['star-volunteer']).toMatchObject({ eligible: false, measured: 2100, missing: 3900 });

      const before = await admin.get(
        `/volunteers/v-star/eligibility?policy=star-volunteer&asOf=${encodeURIComponent(iso(PROGRAMME_START))}`,
      );
      expect(before.body.determinations[0]).toMatchObject({ eligible: false, measured: 0, evidence: [] });

      expect((await starVolunteer.get('/volunteers/v-near/eligibility')).status).toBe(403);
      expect((await otherAdmin.get('/volunteers/v-star/eligibility')).status).toBe(403);
      expect((await anonymous.get('/volunteers/v-star/eligibility')).status).toBe(401);
    },
  );

  maybe(
    'lists a district’s volunteers with determinations, by policy and tier, paged and as CSV',
    async () => {
      const all = await auditor.get('/organizations/hetang/eligibility?policy=star-volunteer');
      expect(all.status).toBe(200);
      expect(all.body.items.map((item: { volunteerId: string }) => item.volunteerId)).toEqual([
        'v-league',
        'v-near',
        'v-new',
        'v-star',
      ]);
      expect(all.body.nextCursor).toBeNull();
      const near = all.body.items.find((item: { volunteerId: string }) => item.volunteerId === 'v-near');
      expect(near.determinations[0]).toMatchObject({ measured: 5400, threshold: 6000, missing: 600 });
      expect(near.determinations[0].sources[0]).toMatchObject({ title: '志愿服务记录办法', year: 2012 });

      const starred = await admin.get('/organizations/hetang/eligibility?policy=star-volunteer&tier=1-star');
      expect(starred.body.items.map((item: { volunteerId: string }) => item.volunteerId)).toEqual(['v-star']);
      const community = await admin.get('/organizations/songjia/eligibility?policy=star-volunteer');
      expect(community.body.items.map((item: { volunteerId: string }) => item.volunteerId)).toEqual([
        'v-near',
        'v-new',
      ]);

      const first = await auditor.get('/organizations/hetang/eligibility?limit=2');
      expect(first.body.items).toHaveLength(2);
      expect(first.body.items[0].determinations.length).toBeGreaterThan(1);
      const second = await auditor.get(
        `/organizations/hetang/eligibility?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      );
      expect(second.body.items.map((item: { volunteerId: string }) => item.volunteerId)).toEqual([
        'v-new',
        'v-star',
      ]);

      const csv = await auditor.get('/organizations/hetang/eligibility?policy=star-volunteer', {
        accept: 'text/csv',
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = (csv.body as unknown as string).trim().split('\r\n');
      expect(lines[0]).toBe(
        'volunteerId,name,organizationId,policyId,version,eligible,tier,unit,measured,threshold,missing,evidence,sources',
      );
      expect(lines).toHaveLength(5);
      // A name that a spreadsheet would run as a formula stays text.
      expect(lines[1]).toMatch(/^v-league,'=\*\*,lianhua,star-volunteer,1,false,,minutes,2100,6000,3900,/);
      expect(lines[4]).toMatch(
        /^v-star,张\*,lianhua,star-volunteer,1,true,1-star,minutes,6600,6000,0,\S+( \S+){5},"志愿服务记录办法 \(民政部, 2012\); 志愿服务条例 \(国务院, 2017\)"$/,
      );
      const byFormat = await admin.get(
        '/organizations/hetang/eligibility?format=csv&policy=league-admission',
      );
      expect(byFormat.headers.get('content-type')).toContain('text/csv');

      expect((await otherAdmin.get('/organizations/hetang/eligibility')).status).toBe(403);
      expect((await organiser.get('/organizations/hetang/eligibility')).status).toBe(403);
      expect((await admin.get('/organizations/nowhere/eligibility')).status).toBe(404);
    },
  );

  maybe(
    'counts the applicants 积分入团 admits, evaluating only those who served its 20 hours, as the audit list judges them',
    async () => {
      const listed = await auditor.get(
        `/organizations/hetang/eligibility?policy=league-admission&tier=qualified&minPosition=${lastPosition}`,
      );
      expect(listed.body.items.map((item: { volunteerId: string }) => item.volunteerId)).toEqual([
        'v-league',
      ]);
      const counted = await auditor.get(
        `/organizations/hetang/eligibility/count?policy=league-admission&tier=qualified&minPosition=${lastPosition}`,
      );
      expect(counted.status).toBe(200);
      // v-star and v-near served 20 hours too but are members; v-new served nothing and is not evaluated.
      expect(counted.body).toMatchObject({
        organizationId: 'hetang',
        policy: 'league-admission',
        tier: 'qualified',
        eligible: listed.body.items.length,
        evaluated: 3,
      });
      expect(counted.body.position).toBeGreaterThanOrEqual(lastPosition);
      const community = await admin.get(
        '/organizations/songjia/eligibility/count?policy=league-admission&tier=qualified',
      );
      expect(community.body).toMatchObject({ eligible: 0, evaluated: 1 });
      const before = await admin.get(
        `/organizations/hetang/eligibility/count?policy=league-admission&tier=qualified&asOf=${iso(PROGRAMME_START - 3 * DAY)}`,
      );
      expect(before.body).toMatchObject({ eligible: 0, evaluated: 0 });
      // A tiered policy names no service everyone needs: every volunteer of the subtree is evaluated.
      const stars = await admin.get(
        '/organizations/hetang/eligibility/count?policy=star-volunteer&tier=1-star',
      );
      expect(stars.body).toMatchObject({ eligible: 1, evaluated: 4 });

      const missingTier = await admin.get('/organizations/hetang/eligibility/count?policy=league-admission');
      expect(missingTier.status).toBe(400);
      expect(missingTier.body.errors.map((error: { field: string }) => error.field)).toEqual(['tier']);
      expect((await admin.get('/organizations/hetang/eligibility/count?policy=nothing&tier=x')).status).toBe(
        404,
      );
      expect(
        (
          await otherAdmin.get(
            '/organizations/hetang/eligibility/count?policy=league-admission&tier=qualified',
          )
        ).status,
      ).toBe(403);
      expect(
        (await admin.get('/organizations/nowhere/eligibility/count?policy=league-admission&tier=qualified'))
          .status,
      ).toBe(404);
    },
  );

  let starAward: string;
  let leagueAward: string;

  maybe('grants an honour the hours reach and refuses one they do not, naming what is missing', async () => {
    const head = await storeHead(ledger);
    const refused = await admin.post('/volunteers/v-near/awards', {
      policyId: 'star-volunteer',
      tier: '1-star',
      note: '2026 年度星级志愿者',
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'NOT_ELIGIBLE', field: 'tier' });
    expect(refused.body.detail).toContain('5400 of 6000 minutes, 600 minutes missing');
    for (const [who, status] of [
      [auditor, 403],
      [otherAdmin, 403],
      [organiser, 403],
    ] as const) {
      const response = await who.post('/volunteers/v-star/awards', {
        policyId: 'star-volunteer',
        tier: '1-star',
        note: '',
      });
      expect(response.status).toBe(status);
    }
    expect(await storeHead(ledger)).toBe(head);

    const granted = await admin.post(
      '/volunteers/v-star/awards',
      { policyId: 'star-volunteer', tier: '1-star', note: '2026 年度星级志愿者' },
      { 'idempotency-key': 'star-award-1' },
    );
    expect(granted.status).toBe(201);
    expect(granted.body).toEqual({ awardId: expect.any(String), position: expect.any(Number) });
    starAward = granted.body.awardId;
    const again = await admin.post(
      '/volunteers/v-star/awards',
      { policyId: 'star-volunteer', tier: '1-star', note: '2026 年度星级志愿者' },
      { 'idempotency-key': 'star-award-1' },
    );
    expect(again.body).toEqual(granted.body);
    const duplicate = await admin.post('/volunteers/v-star/awards', {
      policyId: 'star-volunteer',
      tier: '1-star',
      note: 'twice',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('AWARD_ALREADY_GRANTED');

    const league = await admin.post('/volunteers/v-league/awards', {
      awardId: 'league-2026-001',
      policyId: 'league-admission',
      tier: 'qualified',
      note: '积分入团推荐',
    });
    expect(league.status).toBe(201);
    leagueAward = league.body.awardId;
    expect(leagueAward).toBe('league-2026-001');

    const integrity = await auditor.get(
      `/audit/award-integrity?organizationId=hetang&minPosition=${league.body.position}`,
    );
    expect(integrity.status).toBe(200);
    expect(integrity.body.items).toEqual([]);
  });

  maybe(
    '志愿服务记录与证明出具办法 (2020), true records: flags honours whose hours were corrected or revoked below the bar, and asKnownAt still answers as then',
    async () => {
      const knownBefore = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const [firstStarSession] = sessions['v-star'] ?? [];
      const corrected = await organiser.post(`/sessions/${firstStarSession}/corrections`, {
        minutes: 500,
        reason: '签到表重复登记',
      });
      expect(corrected.status).toBe(200);
      const leagueSession = sessions['v-league']?.[1];
      const revoked = await admin.post(`/sessions/${leagueSession}/revocation`, {
        reason: '签到地点与活动地点不符',
      });
      expect(revoked.status).toBe(200);

      const integrity = await auditor.get(
        `/audit/award-integrity?organizationId=hetang&minPosition=${revoked.body.position}`,
      );
      expect(integrity.status).toBe(200);
      const byAward = Object.fromEntries(
        integrity.body.items.map((item: { award: { awardId: string } }) => [item.award.awardId, item]),
      );
      expect(Object.keys(byAward).sort()).toEqual([leagueAward, starAward].sort());
      expect(byAward[starAward]).toMatchObject({
        award: { volunteerId: 'v-star', policyId: 'star-volunteer', version: 1, tier: '1-star' },
        unit: 'minutes',
        threshold: 6000,
        measuredAtGrant: 6600,
        measuredNow: 5900,
        missing: 100,
        changedEntries: [
          {
            entryId: firstStarSession,
            minutesAtGrant: 1200,
            minutesNow: 500,
            changes: [expect.objectContaining({ type: 'SessionCorrected', reason: '签到表重复登记' })],
          },
        ],
      });
      expect(byAward[leagueAward]).toMatchObject({
        unit: 'points',
        threshold: 60,
        measuredAtGrant: 70,
        measuredNow: 40,
        changedEntries: [
          {
            entryId: leagueSession,
            minutesAtGrant: 900,
            minutesNow: 0,
            changes: [expect.objectContaining({ type: 'SessionRevoked', state: 'revoked' })],
          },
        ],
      });
      const songjia = await admin.get('/audit/award-integrity?organizationId=songjia');
      expect(songjia.body.items).toEqual([]);
      expect((await otherAdmin.get('/audit/award-integrity?organizationId=hetang')).status).toBe(403);
      const ownSubtree = await otherAdmin.get('/audit/award-integrity');
      expect(ownSubtree.body).toMatchObject({ organizationId: 'tianyuan', items: [] });

      const now = await admin.get('/volunteers/v-star/eligibility?policy=star-volunteer');
      expect(now.body.determinations[0]).toMatchObject({ eligible: false, measured: 5900, missing: 100 });
      const then = await admin.get(
        `/volunteers/v-star/eligibility?policy=star-volunteer&asKnownAt=${encodeURIComponent(knownBefore)}`,
      );
      expect(then.body.determinations[0]).toMatchObject({ eligible: true, tier: '1-star', measured: 6600 });
      expect(then.body.asKnownAt).toBe(knownBefore);
      const ids = (response: { body: { items: { volunteerId: string }[] } }) =>
        response.body.items.map((item) => item.volunteerId);
      const listPath = '/organizations/hetang/eligibility?policy=star-volunteer&tier=1-star';
      expect(ids(await auditor.get(listPath))).toEqual([]);
      expect(ids(await auditor.get(`${listPath}&asKnownAt=${encodeURIComponent(knownBefore)}`))).toEqual([
        'v-star',
      ]);
    },
  );

  maybe('revokes an honour with a reason, after which the audit no longer flags it', async () => {
    const revoked = await admin.post(`/volunteers/v-star/awards/${starAward}/revocation`, {
      reason: '支撑时长已更正，低于一星标准',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ awardId: starAward, position: expect.any(Number) });
    const twice = await admin.post(`/volunteers/v-star/awards/${starAward}/revocation`, { reason: 'again' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('AWARD_ALREADY_REVOKED');
    const unknown = await admin.post('/volunteers/v-star/awards/no-such-award/revocation', { reason: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('AWARD_NOT_FOUND');
    const integrity = await auditor.get(
      `/audit/award-integrity?organizationId=hetang&minPosition=${revoked.body.position}`,
    );
    expect(integrity.body.items.map((item: { award: { awardId: string } }) => item.award.awardId)).toEqual([
      leagueAward,
    ]);
  });

  maybe('answers bad questions with a problem naming the field and writes nothing', async () => {
    const head = await storeHead(ledger);
    const cases: [Http, string, number, string | undefined][] = [
      [admin, '/volunteers/v-star/eligibility?asOf=yesterday', 400, 'asOf'],
      [admin, '/volunteers/v-star/eligibility?asKnownAt=2024-02-30T00:00:00Z', 400, 'asKnownAt'],
      [admin, '/volunteers/v-star/eligibility?policy=no%20such', 400, 'policy'],
      [admin, '/volunteers/v-star/eligibility?colour=red', 400, undefined],
      [admin, '/volunteers/v-star/eligibility?policy=star-volunteer&policy=pvsa', 400, 'policy'],
      [admin, '/volunteers/v-star/eligibility?asOf=1990-01-01T00:00:00%2B08:00', 400, 'asOf'],
      [admin, '/volunteers/v-star/eligibility?minPosition=-1', 400, 'minPosition'],
      // Already the year 10000 on the programme's calendar.
      [admin, '/volunteers/v-star/eligibility?asOf=9999-12-31T23:59:59Z', 400, undefined],
      [admin, '/volunteers/v-star/eligibility?policy=nope', 404, 'policy'],
      [admin, '/volunteers/nobody/eligibility', 404, 'id'],
      [admin, '/organizations/hetang/eligibility?limit=0', 400, 'limit'],
      [admin, '/organizations/hetang/eligibility?limit=abc', 400, 'limit'],
      [admin, '/organizations/hetang/eligibility?cursor=!!!', 400, 'cursor'],
      [admin, '/organizations/hetang/eligibility?tier=1-star', 400, 'tier'],
      [admin, '/organizations/hetang/eligibility?format=xml', 400, 'format'],
      [admin, '/organizations/hetang/eligibility?policy=star-volunteer&tier=9-star', 404, 'tier'],
      [admin, '/audit/award-integrity?organizationId=%27%20or%201%3D1', 400, 'organizationId'],
      [admin, '/audit/award-integrity?organizationId=nowhere', 404, 'organizationId'],
    ];
    for (const [who, path, status, field] of cases) {
      const response = await who.get(path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      if (field !== undefined) expect({ path, field: response.body.field }).toEqual({ path, field });
    }
    for (const odd of [
      '/volunteers/v-star/eligibility?asOf=9999-06-30T23:59:59Z',
      '/volunteers/v-star/eligibility?asOf=2024-01-01T24:00:00%2B14:00&asKnownAt=2000-01-01T00:00:00Z',
      '/volunteers/v-new/eligibility?policy=pvsa&tier=gold',
      '/organizations/hetang/eligibility?policy=school-service-credit&tier=1-credit&asOf=2030-01-01T00:00:00Z',
      '/organizations/hetang/eligibility?asOf=2001-01-01T00:00:00%2B08:00',
    ]) {
      expect({ odd, status: (await admin.get(odd)).status }).toEqual({ odd, status: 200 });
    }
    const bodies: [string, unknown, number][] = [
      ['/volunteers/v-star/awards', { policyId: 'star-volunteer', note: 'x' }, 400],
      ['/volunteers/v-star/awards', { policyId: 'star-volunteer', tier: '2-star', note: 'x', extra: 1 }, 400],
      ['/volunteers/v-star/awards', { policyId: 'star-volunteer', tier: '2-star', note: 42 }, 400],
      ['/volunteers/v-star/awards', { policyId: 'star-volunteer', tier: '9-star', note: 'x' }, 404],
      ['/volunteers/v-star/awards', { policyId: 'points', tier: 'x', note: 'x' }, 404],
      ['/volunteers/nobody/awards', { policyId: 'star-volunteer', tier: '1-star', note: 'x' }, 404],
      ['/volunteers/v-star/awards', '{"policyId": ', 400],
      [`/volunteers/v-star/awards/${starAward}/revocation`, { reason: 7 }, 400],
      [`/volunteers/v-league/awards/${leagueAward}/revocation`, { reason: '   ' }, 422],
    ];
    for (const [path, body, status] of bodies) {
      const response = await admin.post(path, body);
      expect({ path, body, status: response.status }).toEqual({ path, body, status });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await storeHead(ledger)).toBe(head);
  });

  maybe('rebuilds the read model, awards included, into identical tables', async () => {
    const projector = ledger.app.app.get(Projector);
    const head = await storeHead(ledger);
    await readModelCaughtUp(ledger, head);
    const before = await dumpReadModel(ledger);
    expect(before.rm_awards).toHaveLength(2);
    await projector.rebuild();
    await projector.start();
    expect(await dumpReadModel(ledger)).toEqual(before);
  });
});

describe.each(backends)('points attached to honours on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  let ledger: TestLedger;
  let policiesDir: string;

  beforeAll(async () => {
    if (skip) return;
    // A deployment whose points policy gives the one-star honour 10 points.
    policiesDir = await mkdtemp(join(tmpdir(), 'vl-policies-'));
    await cp('policies', policiesDir, { recursive: true });
    const points = JSON.parse(await readFile(join(policiesDir, 'points.v1.json'), 'utf8'));
    points.honours = [{ policyId: 'star-volunteer', tier: '1-star', points: 10 }];
    await writeFile(join(policiesDir, 'points.v1.json'), JSON.stringify(points));
    ledger = await startTestLedger(backend, { POLICIES_DIR: policiesDir });
  });

  afterAll(async () => {
    await ledger?.close();
    if (policiesDir) await rm(policiesDir, { recursive: true, force: true });
  });

  maybe('adds an honour’s points to the balance while it is held, and as known at any moment', async () => {
    const root = new Http(ledger.url).as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    expect((await root.post('/organizations', { id: 'zz', name: '株洲市', kind: 'city' })).status).toBe(201);
    await root.post('/volunteers', {
      id: 'v-1',
      name: '张星',
      birthDate: '1998-03-01',
      organizationId: 'zz',
      leagueStatus: 'member',
    });
    await root.post('/activities', {
      id: 'programme',
      organizationId: 'zz',
      title: '七彩假期志愿服务',
      category: 'holiday-class',
      startsAt: iso(PROGRAMME_START),
      endsAt: iso(PROGRAMME_START + 19 * DAY),
    });
    let position = 0;
    for (const [day, minutes] of [1200, 1200, 1200, 1200, 1200, 600].entries()) {
      const recorded = await root.post('/activities/programme/manual-sessions', {
        volunteerId: 'v-1',
        ...sheet(day, minutes),
        note: '纸质签到表',
      });
      expect(recorded.status).toBe(201);
      position = recorded.body.position;
    }
    const balance = (query: string) => root.get(`/volunteers/v-1/balance?${query}`);
    expect((await balance(`minPosition=${position}`)).body.points).toBe(220);

    const beforeGrant = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const granted = await root.post('/volunteers/v-1/awards', {
      policyId: 'star-volunteer',
      tier: '1-star',
      note: '一星级志愿者',
    });
    expect(granted.status).toBe(201);
    expect((await balance(`minPosition=${granted.body.position}`)).body.points).toBe(230);
    expect((await balance(`asKnownAt=${encodeURIComponent(beforeGrant)}`)).body.points).toBe(220);
    const afterGrant = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    const revoked = await root.post(`/volunteers/v-1/awards/${granted.body.awardId}/revocation`, {
      reason: '授予有误',
    });
    expect(revoked.status).toBe(200);
    expect((await balance(`minPosition=${revoked.body.position}`)).body.points).toBe(220);
    expect((await balance(`asKnownAt=${encodeURIComponent(afterGrant)}`)).body.points).toBe(230);
  });
});
