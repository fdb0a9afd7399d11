import { resolveWindow } from './service-window.js';

describe('service windows', () => {
  const none = {};

  it('makes 12 trailing months end on the evaluation date and start the day after a year before', () => {
    expect(resolveWindow({ type: 'trailing-months', months: 12 }, '2024-12-31', none)).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(resolveWindow({ type: 'trailing-months', months: 12 }, '2024-02-29', none)).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
    });
    expect(resolveWindow({ type: 'trailing-months', months: 12 }, '2025-02-28', none)).toEqual({
      from: '2024-02-29',
      to: '2025-02-28',
    });
  });

  it('picks the academic year holding the evaluation date, or the one asked for', () => {
    const academic = { type: 'academic-year', startMonth: 9, startDay: 1 } as const;
    expect(resolveWindow(academic, '2025-08-31', none)).toEqual({ from: '2024-09-01', to: '2025-08-31' });
    expect(resolveWindow(academic, '2025-09-01', none)).toEqual({ from: '2025-09-01', to: '2025-09-01' });
    expect(resolveWindow(academic, '2026-01-01', { year: 2024 })).toEqual({
      from: '2024-09-01',
      to: '2025-08-31',
    });
  });

  it('never counts past the evaluation date, whatever the range', () => {
    expect(
      resolveWindow({ type: 'date-range', from: '2024-01-01', to: '2025-12-31' }, '2024-05-01', none),
    ).toEqual({
      from: '2024-01-01',
      to: '2024-05-01',
    });
    expect(resolveWindow({ type: 'calendar-year' }, '2024-05-01', { year: 2025 })).toEqual({
      from: '2025-01-01',
      to: '2024-05-01',
    });
    expect(
      resolveWindow({ type: 'all-time' }, '2024-05-01', { period: { from: '2024-01-01', to: '2024-02-01' } }),
    ).toEqual({
      from: null,
      to: '2024-05-01',
    });
  });
});
