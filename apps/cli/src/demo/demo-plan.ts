import { type DemoPlan, type REPORT_FIGURES } from './demo-plan.types.js';
import { planCity } from './plan-city.js';
import { planNamedPeople } from './plan-named-people.js';
import { planVolunteers } from './plan-volunteers.js';
import { SeededRandom } from './seeded-random.js';

export const DEFAULT_SEED = 2023;

/**
 * The demo city as data: pure, so the same seed and scale give the same plan, and the seeder turns it into
 * commands the domain decides. Scale 1 reproduces the programme's 2023 figures; smaller scales keep the
 * whole tree of districts and the named people.
 */
export function planDemoCity(seed = DEFAULT_SEED, scale = 1): DemoPlan {
  const random = new SeededRandom(seed);
  const city = planCity(random, scale);
  const named = planNamedPeople(random, city.saturdayClass);
  return {
    seed,
    scale,
    organizations: city.organizations,
    activities: city.activities,
    volunteers: [...named.volunteers, ...planVolunteers(random, scale, city)],
    people: named.people,
  };
}

/** The plan's figures beside the report's, as the programme counts them. */
export function planFigures(plan: DemoPlan): Record<keyof typeof REPORT_FIGURES | 'sessions', number> {
  const count = (kind: string): number => plan.organizations.filter((o) => o.kind === kind).length;
  const serving = plan.volunteers.filter((volunteer) =>
    volunteer.steps.some((step) => step.kind === 'check-in' || step.kind === 'manual'),
  );
  return {
    districts: count('district'),
    communities: count('community'),
    compounds: count('compound'),
    teams: count('team'),
    volunteers: serving.length,
    activities: plan.activities.length,
    residentVisits: plan.activities.reduce((sum, activity) => sum + activity.residentVisits, 0),
    sessions: plan.volunteers.reduce(
      (sum, volunteer) =>
        sum + volunteer.steps.filter((step) => step.kind === 'check-in' || step.kind === 'manual').length,
      0,
    ),
  };
}
