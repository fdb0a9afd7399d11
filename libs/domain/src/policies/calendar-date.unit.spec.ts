import { addDays, addMonths, ageOn, isCalendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('recognises only real dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
  });

  it('adds months on the calendar, falling to the last day of a shorter month', () => {
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', 13)).toBe('2025-02-15');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2010-12-31', '2024-12-31')).toBe(14);
    expect(ageOn('2010-12-31', '2024-12-30')).toBe(13);
    expect(ageOn('2008-02-29', '2023-02-28')).toBe(14);
    expect(ageOn('2008-02-29', '2023-03-01')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });
});
