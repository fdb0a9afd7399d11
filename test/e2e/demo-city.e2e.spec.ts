import { EVENT_STORE, POLICY_SET } from '@vl/platform';
import { type EventStore, type RecordedEvent } from '@vl/event-store';
import { type PolicySet } from '@vl/domain';
import { PersonalDataStore } from '@vl/personal-data';
import { planDemoCity, planFigures } from '../../apps/cli/src/demo/demo-plan.js';
import { CITY } from '../../apps/cli/src/demo/zhuzhou.js';
import { REPORT_FIGURES } from '../../apps/cli/src/demo/demo-plan.types.js';
import {
  INTEGRITY_MINUTES_AFTER_REVOCATION,
  NAMED,
  STAR_MINUTES,
} from '../../apps/cli/src/demo/plan-named-people.js';
import { seedDemo } from '../../apps/cli/src/demo/seed-demo.js';
import { Http, readModelCaughtUp, startTestLedger, type TestLedger } from '../support/ledger-app.js';

const SCALE = 0.02;

async function everything(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ fromPosition: all.at(-1)?.position ?? 0, maxCount: 5000 });
    if (page.length === 0) return all;
    all.push(...page);
  }
}

/** What a stream holds, without the store's own bookkeeping (commit time). */
const comparable = (event: RecordedEvent) => ({
  stream: event.streamName,
  revision: event.revision,
  position: event.position,
  id: event.id,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
});

async function seedInto(ledger: TestLedger, seed = 2023) {
  const store = ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
  return seedDemo({
    store,
    people: ledger.app.app.get(PersonalDataStore),
    plan: planDemoCity(seed, SCALE),
    policies: ledger.app.app.get<symbol, PolicySet>(POLICY_SET),
    timeZone: ledger.config.timezone,
  });
}

describe('the demo city', () => {
  it("plans the programme's 2023 figures at full scale, without writing anything", () => {
    const figures = planFigures(planDemoCity());
    expect(figures).toMatchObject({
      districts: REPORT_FIGURES.districts,
      communities: REPORT_FIGURES.communities,
      compounds: REPORT_FIGURES.compounds,
      teams: REPORT_FIGURES.teams,
      activities: REPORT_FIGURES.activities,
    });
    expect(figures.volunteers).toBeGreaterThanOrEqual(REPORT_FIGURES.volunteers);
    expect(figures.residentVisits).toBeGreaterThanOrEqual(REPORT_FIGURES.residentVisits);
    expect(planDemoCity(7).volunteers[40]).not.toEqual(planDemoCity(8).volunteers[40]);
  });

  describe(`seeded at scale ${SCALE} on the embedded default`, () => {
    let first: TestLedger;
    let second: TestLedger;

    beforeAll(async () => {
      first = await startTestLedger('pglite');
      second = await startTestLedger('pglite');
    }, 300_000);

    afterAll(async () => {
      await first?.close();
      await second?.close();
    });

    it('appends the same events for the same seed, and nothing on a second run', async () => {
      const once = await seedInto(first);
      expect(once.alreadySeeded).toBe(false);
      expect(once.events).toBeGreaterThan(1000);
      await seedInto(second);
      const [a, b] = await Promise.all([
        everything(first.app.app.get<symbol, EventStore>(EVENT_STORE)),
        everything(second.app.app.get<symbol, EventStore>(EVENT_STORE)),
      ]);
      expect(a).toHaveLength(once.events);
      expect(b.map(comparable)).toEqual(a.map(comparable));

      const head = a.at(-1)?.position;
      const again = await seedInto(first);
      expect(again).toMatchObject({ alreadySeeded: true, events: 0 });
      expect(await first.app.app.get<symbol, EventStore>(EVENT_STORE).headPosition()).toBe(head);
      await expect(seedInto(first, 99)).rejects.toThrow(/another demo city/);
    }, 600_000);

    it("answers the plan's figures in the city's statistics, resident visits included", async () => {
      await readModelCaughtUp(first, undefined, 120_000);
      const plan = planDemoCity(2023, SCALE);
      const figures = planFigures(plan);
      // A volunteer is active where one of their sessions is confirmed (a paper sheet is recorded
      // confirmed) and neither rejected nor revoked afterwards.
      const active = plan.volunteers.filter((volunteer) => {
        const confirmed = new Set<string>();
        for (const step of volunteer.steps) {
          if (step.kind === 'confirm' || step.kind === 'manual') confirmed.add(step.sessionId);
          if (step.kind === 'revoke' || step.kind === 'reject') confirmed.delete(step.sessionId);
        }
        return confirmed.size > 0;
      });
      const admin = new Http(first.url).as(
        await first.token({ sub: `admin:${CITY.id}`, roles: ['admin'], org: CITY.id }),
      );
      const statistics = await admin.get(`/organizations/${CITY.id}/statistics`);
      expect(statistics.status).toBe(200);
      expect(figures.residentVisits).toBeGreaterThan(0);
      expect(statistics.body.totals).toMatchObject({
        residentVisits: figures.residentVisits,
        activitiesHeld: figures.activities,
        teams: figures.teams,
        registeredVolunteers: plan.volunteers.length,
        activeVolunteers: active.length,
      });
      const byChild = statistics.body.groups.reduce(
        (sum: number, group: { residentVisits: number }) => sum + group.residentVisits,
        0,
      );
      expect(byChild).toBe(figures.residentVisits);
    }, 300_000);

    it('shows what the README promises of each named person', async () => {
      await readModelCaughtUp(first, undefined, 120_000);
      const http = new Http(first.url);
      const admin = http.as(
        await first.token({ sub: 'admin:zz-hetang', roles: ['admin'], org: 'zz-hetang' }),
      );

      const star = await admin.get(`/volunteers/${NAMED.star}/eligibility?policy=star-volunteer`);
      expect(star.status).toBe(200);
      expect(star.body.determinations[0]).toMatchObject({
        eligible: false,
        measured: STAR_MINUTES,
        threshold: 6000,
        missing: 6000 - STAR_MINUTES,
      });

      const league = await admin.get(
        `/volunteers/${NAMED.league}/eligibility?policy=league-admission&asOf=${encodeURIComponent('2023-12-31T12:00:00+08:00')}`,
      );
      expect(league.status).toBe(200);
      expect(league.body.determinations[0]).toMatchObject({ policyId: 'league-admission', eligible: true });

      const organiser = http.as(
        await first.token({ sub: 'organizer:zz-demo-team', roles: ['organizer'], org: 'zz-demo-team' }),
      );
      const queue = await organiser.get('/organizations/zz-demo-team/review-queue?limit=50');
      expect(queue.status).toBe(200);
      expect(queue.body.items).toHaveLength(8);

      const school = http.as(
        await first.token({
          sub: 'school:zz-school-no2',
          roles: ['school'],
          org: 'zz-school-no2',
          schoolId: 'zz-school-no2',
        }),
      );
      const credits = await school.get('/schools/zz-school-no2/students/credits?requiredMinutes=600');
      expect(credits.status).toBe(200);
      const students = credits.body.students.map((row: { volunteerId: string }) => row.volunteerId);
      expect(students).toEqual(expect.arrayContaining(['zz-demo-s01', 'zz-demo-s06', NAMED.league]));

      const integrity = await admin.get('/audit/award-integrity?organizationId=zz-hetang');
      expect({ status: integrity.status, body: integrity.status === 200 ? null : integrity.body }).toEqual({
        status: 200,
        body: null,
      });
      expect(integrity.body.items).toEqual([
        expect.objectContaining({
          award: expect.objectContaining({
            volunteerId: NAMED.integrity,
            awardId: `${NAMED.integrity}-1-star`,
          }),
          measuredAtGrant: 6120,
          measuredNow: INTEGRITY_MINUTES_AFTER_REVOCATION,
          threshold: 6000,
        }),
      ]);
    }, 300_000);
  });
});
