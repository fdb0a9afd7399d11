import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  const options = { initialMs: 500, maxMs: 30_000 };

  it('doubles from the initial delay and stays within [half, full] of it', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 1))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 0))).toEqual([
      250, 500, 1000, 2000,
    ]);
  });

  it('never exceeds the maximum, however many attempts failed', () => {
    expect(backoffDelay(10, options, () => 1)).toBe(30_000);
    expect(backoffDelay(10_000, options, () => 1)).toBe(30_000);
  });
});
