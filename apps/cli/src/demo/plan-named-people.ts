import {
  type DemoPerson,
  type PlannedActivity,
  type PlannedVolunteer,
  type VolunteerStep,
} from './demo-plan.types.js';
import { DAY_MS, localTime } from './demo-calendar.js';
import { DEMO_TEAM } from './plan-city.js';
import { type SessionOutcome, sessionSteps } from './plan-sessions.js';
import { inTimeOrder, registrationStep } from './plan-volunteers.js';
import { type SeededRandom } from './seeded-random.js';

const TEAM_ORGANISER = `organizer:${DEMO_TEAM.id}`;
const DISTRICT_ADMIN = 'admin:zz-hetang';
const SCHOOL = 'zz-school-no2';

export const NAMED = {
  star: 'zz-demo-star',
  league: 'zz-demo-league',
  integrity: 'zz-demo-integrity',
} as const;

/** The star volunteer's confirmed minutes: five hours short of the first star's 100. */
export const STAR_MINUTES = 95 * 60;
/** The revoked session leaves the awarded volunteer at 99 hours, below the star they hold. */
export const INTEGRITY_MINUTES_AFTER_REVOCATION = 99 * 60;

interface Attendance {
  readonly activity: PlannedActivity;
  readonly outcome: SessionOutcome;
  readonly minutes?: number;
}

function person(
  random: SeededRandom,
  volunteer: Omit<PlannedVolunteer, 'steps' | 'districtId'>,
  attendance: readonly Attendance[],
  extra: VolunteerStep[] = [],
): PlannedVolunteer {
  const steps: VolunteerStep[] = [registrationStep(random, DISTRICT_ADMIN), ...extra];
  attendance.forEach(({ activity, outcome, minutes }, index) => {
    const planned = sessionSteps(
      random,
      {
        sessionId: `${volunteer.id}-s${index + 1}`,
        activity,
        organiser: TEAM_ORGANISER,
        admin: DISTRICT_ADMIN,
      },
      outcome,
      minutes,
    );
    steps.push(...planned.steps);
  });
  return { ...volunteer, districtId: 'zz-hetang', steps: inTimeOrder(steps) };
}

function consent(id: string): VolunteerStep {
  return {
    kind: 'consent',
    at: localTime(9, 20),
    by: `volunteer:${id}`,
    consentId: `${id}-consent-1`,
    schoolId: SCHOOL,
  };
}

/**
 * The people the README names for the development sign-in, each showing one thing: a volunteer five hours
 * short of a star, an applicant eligible for league admission, the demo team's review queue, a school with
 * consenting students, and a district with an award whose hours were revoked below its threshold.
 */
export function planNamedPeople(
  random: SeededRandom,
  saturdayClass: readonly PlannedActivity[],
): { volunteers: PlannedVolunteer[]; people: DemoPerson[] } {
  const saturday = (index: number): PlannedActivity => {
    const activity = saturdayClass[index];
    if (!activity) throw new Error(`the Saturday class has no week ${index + 1}`);
    return activity;
  };
  const volunteers: PlannedVolunteer[] = [];

  // 31 classes of 3 hours and one of 2: 95 hours.
  volunteers.push(
    person(
      random,
      {
        id: NAMED.star,
        name: '林晓星',
        birthDate: '1998-05-20',
        organizationId: DEMO_TEAM.id,
        schoolId: null,
        leagueStatus: 'member',
      },
      Array.from({ length: 32 }, (_, index) => ({
        activity: saturday(index),
        outcome: 'paper-sheet-confirmed' as const,
        minutes: index === 31 ? 120 : 180,
      })),
    ),
  );

  // 12 classes from July: 36 hours in the last 12 months at the year's end, 72 points.
  volunteers.push(
    person(
      random,
      {
        id: NAMED.league,
        name: '周小团',
        birthDate: '2006-09-01',
        organizationId: DEMO_TEAM.id,
        schoolId: SCHOOL,
        leagueStatus: 'applicant',
      },
      Array.from({ length: 12 }, (_, index) => ({
        activity: saturday(26 + index),
        outcome: 'checked-out-confirmed' as const,
      })),
      [consent(NAMED.league)],
    ),
  );

  // 34 classes, 102 hours: a first star in September; in October one class proves signed in by proxy.
  const awardedAt = saturday(33).endsAt + 7 * DAY_MS;
  volunteers.push(
    person(
      random,
      {
        id: NAMED.integrity,
        name: '陈志远',
        birthDate: '1995-11-03',
        organizationId: DEMO_TEAM.id,
        schoolId: null,
        leagueStatus: 'member',
      },
      Array.from({ length: 34 }, (_, index) => ({
        activity: saturday(index),
        outcome: 'paper-sheet-confirmed' as const,
        minutes: 180,
      })),
      [
        {
          kind: 'award',
          at: awardedAt,
          by: DISTRICT_ADMIN,
          awardId: `${NAMED.integrity}-1-star`,
          policyId: 'star-volunteer',
          tier: '1-star',
          note: '一星级志愿者',
        },
        {
          kind: 'revoke',
          at: awardedAt + 14 * DAY_MS,
          by: DISTRICT_ADMIN,
          sessionId: `${NAMED.integrity}-s3`,
          reason: '经核查第3期签到系代签，撤销该记录 / signed in by proxy; revoked after review',
        },
      ],
    ),
  );

  // The team's members: a year of classes, then December sessions waiting for the organiser.
  const names = ['刘子涵', '王浩然', '张欣怡', '杨博文', '黄佳琪', '吴俊杰', '谭思雨', '易明亮'];
  names.forEach((name, index) => {
    const id = `zz-demo-m${String(index + 1).padStart(2, '0')}`;
    const earlier = random
      .shuffled(Array.from({ length: 48 }, (_, week) => week))
      .slice(0, 10)
      .sort((a, b) => a - b);
    volunteers.push(
      person(
        random,
        {
          id,
          name,
          birthDate: `${1994 + index}-0${1 + (index % 9)}-1${index}`,
          organizationId: DEMO_TEAM.id,
          schoolId: null,
          leagueStatus: 'member',
        },
        [
          ...earlier.map((week) => ({ activity: saturday(week), outcome: 'checked-out-confirmed' as const })),
          index < 6
            ? { activity: saturday(49 + (index % 2)), outcome: 'pending' as const }
            : { activity: saturday(51), outcome: 'missed-pending' as const },
        ],
      ),
    );
  });

  // Students of No. 2 Middle School who let their school see their hours.
  const students = ['赵一诺', '孙可馨', '马宇轩', '朱梓萱', '胡天翔', '郭雅静'];
  students.forEach((name, index) => {
    const id = `zz-demo-s${String(index + 1).padStart(2, '0')}`;
    volunteers.push(
      person(
        random,
        {
          id,
          name,
          birthDate: `${2007 + (index % 2)}-0${3 + index}-15`,
          organizationId: DEMO_TEAM.id,
          schoolId: SCHOOL,
          leagueStatus: index % 3 === 0 ? 'none' : 'applicant',
        },
        Array.from({ length: 4 + index }, (_, week) => ({
          activity: saturday(4 + week * 4),
          outcome: 'checked-out-confirmed' as const,
        })),
        [consent(id)],
      ),
    );
  });

  const people: DemoPerson[] = [
    {
      sub: `volunteer:${NAMED.star}`,
      shows: '95 confirmed hours: the star-volunteer eligibility says 300 minutes missing for one star',
    },
    {
      sub: `volunteer:${NAMED.league}`,
      shows:
        'a 17-year-old applicant with 36 hours from July: eligible for league admission as of 2023-12-31',
    },
    {
      sub: TEAM_ORGANISER,
      shows:
        'the Saturday class organiser: 8 December sessions awaiting review (2 of them missed check-outs)',
    },
    { sub: `school:${SCHOOL}`, shows: 'No. 2 Middle School: consenting students and their credits' },
    {
      sub: DISTRICT_ADMIN,
      shows: 'Hetang district: a one-star award whose hours fell to 99 after a revocation (award integrity)',
    },
  ];
  return { volunteers, people };
}
