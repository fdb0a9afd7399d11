import { ageAt, ageOnDate, isVolunteerAge } from './age-rule.js';

describe('age rule', () => {
  it('counts completed years between calendar dates', () => {
    expect(ageOnDate('2010-06-01', '2024-05-31')).toBe(13);
    expect(ageOnDate('2010-06-01', '2024-06-01')).toBe(14);
    expect(ageOnDate('2010-12-31', '2024-01-01')).toBe(13);
  });

  it('makes someone born on 29 February a year older on 1 March in common years', () => {
    expect(ageOnDate('2008-02-29', '2022-02-28')).toBe(13);
    expect(ageOnDate('2008-02-29', '2022-03-01')).toBe(14);
    expect(ageOnDate('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('reads the date of an instant in the programme time zone', () => {
    expect(ageAt('2010-06-01', '2024-05-31T16:00:00Z')).toBe(14);
    expect(ageAt('2010-06-01', '2024-05-31T16:00:00Z', 'UTC')).toBe(13);
  });

  it('admits ages 14 to 35 inclusive', () => {
    expect([13, 14, 35, 36].map(isVolunteerAge)).toEqual([false, true, true, false]);
  });
});
