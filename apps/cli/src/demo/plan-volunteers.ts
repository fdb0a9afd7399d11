import { type LeagueStatus } from '@vl/domain';
import {
  type PlannedActivity,
  type PlannedOrganization,
  type PlannedVolunteer,
  REPORT_FIGURES,
  type VolunteerStep,
} from './demo-plan.types.js';
import { DAY_MS, DEMO_YEAR, localTime, MINUTE_MS } from './demo-calendar.js';
import { type CityPlan, DEMO_TEAM } from './plan-city.js';
import { countedMinutes, drawOutcome, type SessionLedger, sessionSteps } from './plan-sessions.js';
import { type SeededRandom } from './seeded-random.js';
import { DISTRICTS, GIVEN_NAME_PARTS, SCHOOLS, SURNAMES } from './zhuzhou.js';

/** Awards are decided on the last morning of the year, on what the ledger knows then. */
export const AWARD_DAY = localTime(364, 10);
const STAR_MINUTES = 100 * 60;
const ANNUAL_MINUTES = 20 * 60;
const MIDDLE_SCHOOLS = SCHOOLS.slice(0, 8);
const COLLEGES = SCHOOLS.slice(8);

/** Who acts: an organiser of the activity's organisation, an administrator of its district or the city. */
export function organiserOf(activity: PlannedActivity): string {
  return `organizer:${activity.organizationId}`;
}

export function adminOf(organization: PlannedOrganization | undefined): string {
  return `admin:${organization?.districtId ?? 'zz'}`;
}

export function personName(random: SeededRandom): string {
  const given = random.chance(0.7) ? 2 : 1;
  let name = random.pick(SURNAMES);
  for (let part = 0; part < given; part += 1) name += random.pick(GIVEN_NAME_PARTS);
  return name;
}

/** A birth date making the person `age` on every day of January of the demo year. */
export function birthDateFor(random: SeededRandom, age: number): string {
  const day = new Date(Date.UTC(DEMO_YEAR - age - 1, 0, 11 + random.int(0, 340)));
  return day.toISOString().slice(0, 10);
}

export function registrationStep(random: SeededRandom, by: string): VolunteerStep {
  return { kind: 'register', at: localTime(random.int(0, 4), 9, random.int(0, 480)), by };
}

/** Steps in time order; a stable sort keeps a session's own steps in the order they were planned. */
export function inTimeOrder(steps: VolunteerStep[]): VolunteerStep[] {
  return [...steps].sort((a, b) => a.at - b.at);
}

/** Awards the ledger would grant at the year's end, judged on the plan's own minutes. */
export function yearEndAwards(id: string, ledgers: readonly SessionLedger[], by: string): VolunteerStep[] {
  const minutes = countedMinutes(ledgers, AWARD_DAY);
  const awards: VolunteerStep[] = [];
  // A margin keeps the plan clear of any rounding the policy engine does at the threshold.
  if (minutes >= ANNUAL_MINUTES + 60) {
    awards.push({
      kind: 'award',
      at: AWARD_DAY,
      by,
      awardId: `${id}-annual-${DEMO_YEAR}`,
      policyId: 'registered-volunteer-annual',
      tier: 'met',
      note: `${DEMO_YEAR} 年度服务达标`,
    });
  }
  if (minutes >= STAR_MINUTES + 60) {
    awards.push({
      kind: 'award',
      at: AWARD_DAY + MINUTE_MS,
      by,
      awardId: `${id}-1-star`,
      policyId: 'star-volunteer',
      tier: '1-star',
      note: '一星级志愿者',
    });
  }
  return awards;
}

/** The city's volunteers: ages 14–35, members, applicants and students, each serving at least once. */
export function planVolunteers(random: SeededRandom, scale: number, city: CityPlan): PlannedVolunteer[] {
  const byId = new Map(city.organizations.map((organization) => [organization.id, organization]));
  const homes = new Map<string, PlannedOrganization[]>();
  const activitiesOf = new Map<string, PlannedActivity[]>();
  for (const organization of city.organizations) {
    if ((organization.kind === 'team' || organization.kind === 'community') && organization.districtId) {
      const list = homes.get(organization.districtId) ?? [];
      list.push(organization);
      homes.set(organization.districtId, list);
    }
  }
  // The demo team's class is for its named people, so its review queue stays as the README describes it.
  const open = city.activities.filter((activity) => activity.organizationId !== DEMO_TEAM.id);
  for (const activity of open) {
    const list = activitiesOf.get(activity.districtId) ?? [];
    list.push(activity);
    activitiesOf.set(activity.districtId, list);
  }
  const count = Math.max(DISTRICTS.length, Math.round(REPORT_FIGURES.volunteers * scale));
  const volunteers: PlannedVolunteer[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `zz-v${String(index + 1).padStart(5, '0')}`;
    const district = index < DISTRICTS.length ? DISTRICTS[index] : random.pick(DISTRICTS);
    const districtId = district?.id ?? 'zz-hetang';
    const home = random.pick(homes.get(districtId) ?? [...homes.values()].flat());
    const age = random.chance(0.4) ? random.int(14, 22) : random.int(18, 35);
    const student = age <= 22 && random.chance(age <= 18 ? 0.9 : 0.6);
    const schoolId = student ? random.pick(age <= 18 ? MIDDLE_SCHOOLS : COLLEGES).id : null;
    const leagueStatus: LeagueStatus =
      age <= 28
        ? random.pick<LeagueStatus>(['member', 'member', 'member', 'applicant', 'applicant', 'none'])
        : random.pick<LeagueStatus>(['member', 'none']);
    const registration = registrationStep(random, `admin:${districtId}`);
    const steps: VolunteerStep[] = [registration];
    if (schoolId !== null && random.chance(0.6)) {
      const consentAt = registration.at + random.int(1, 30) * DAY_MS;
      steps.push({
        kind: 'consent',
        at: consentAt,
        by: `volunteer:${id}`,
        consentId: `${id}-consent-1`,
        schoolId,
      });
      if (random.chance(0.05)) {
        steps.push({
          kind: 'revoke-consent',
          at: consentAt + random.int(100, 200) * DAY_MS,
          by: `volunteer:${id}`,
          schoolId,
        });
      }
    }
    const draw = random.int(0, 99);
    const sessions =
      draw < 70 ? 1 : draw < 90 ? random.int(2, 3) : draw < 99 ? random.int(4, 8) : random.int(30, 45);
    const pool = activitiesOf.get(districtId) ?? open;
    const days = new Set<number>();
    const ledgers: SessionLedger[] = [];
    for (let session = 0; session < sessions; session += 1) {
      let activity: PlannedActivity | undefined;
      for (let attempt = 0; attempt < 8 && activity === undefined; attempt += 1) {
        const candidate = random.pick(pool);
        if (!days.has(candidate.day)) activity = candidate;
      }
      if (activity === undefined) continue;
      days.add(activity.day);
      const planned = sessionSteps(
        random,
        {
          sessionId: `${id}-s${session + 1}`,
          activity,
          organiser: organiserOf(activity),
          admin: adminOf(byId.get(activity.organizationId)),
        },
        drawOutcome(random),
      );
      steps.push(...planned.steps);
      ledgers.push(planned.ledger);
    }
    steps.push(...yearEndAwards(id, ledgers, `admin:${districtId}`));
    volunteers.push({
      id,
      name: personName(random),
      birthDate: birthDateFor(random, age),
      organizationId: home.id,
      districtId,
      schoolId,
      leagueStatus,
      steps: inTimeOrder(steps),
    });
  }
  return volunteers;
}
