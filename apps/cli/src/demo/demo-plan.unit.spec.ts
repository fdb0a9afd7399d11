import { planDemoCity, planFigures } from './demo-plan.js';
import { NAMED } from './plan-named-people.js';

describe('the demo city plan', () => {
  it('is the same for the same seed and scale, and differs for another seed', () => {
    expect(planDemoCity(11, 0.01)).toEqual(planDemoCity(11, 0.01));
    expect(planDemoCity(12, 0.01).volunteers.slice(20)).not.toEqual(
      planDemoCity(11, 0.01).volunteers.slice(20),
    );
  });

  it('keeps every district, the named people and their steps in time order at a small scale', () => {
    const plan = planDemoCity(2023, 0.01);
    expect(planFigures(plan).districts).toBe(6);
    expect(plan.volunteers.map((volunteer) => volunteer.id)).toEqual(
      expect.arrayContaining([NAMED.star, NAMED.league, NAMED.integrity]),
    );
    for (const volunteer of plan.volunteers) {
      expect(volunteer.steps[0]?.kind).toBe('register');
      const times = volunteer.steps.map((step) => step.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const ids = plan.organizations.map((organization) => organization.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
