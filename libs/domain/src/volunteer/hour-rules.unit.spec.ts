import { anActivity } from '../testing/fixtures.js';
import {
  clipToActivityWindow,
  intervalsOverlap,
  isCheckOutMissed,
  isInFuture,
  isNearActivityWindow,
  measureMinutes,
  measureSession,
  missedCheckOutAt,
  reservedInterval,
} from './hour-rules.js';

const at = (instant: string): number => Date.parse(instant);
// 09:00–13:00 in Shanghai, 01:00–05:00 UTC.
const activity = anActivity();

describe('hour rules', () => {
  it('志愿服务记录办法 (2012), travel is not service: measures the overlap with the window in whole minutes, floored', () => {
    expect(measureSession(activity, at('2024-07-01T00:00:00Z'), at('2024-07-01T02:30:59.999Z'))).toEqual({
      serviceStart: '2024-07-01T01:00:00.000Z',
      serviceEnd: '2024-07-01T02:30:59.999Z',
      measuredMinutes: 90,
    });
  });

  it('gives the same minutes whichever offset the instants were written in', () => {
    const minutes = [
      ['2024-07-01T09:10:00+08:00', '2024-07-01T12:40:00+08:00'],
      ['2024-06-30T20:10:00-05:00', '2024-06-30T23:40:00-05:00'],
      ['2024-07-01T01:10:00Z', '2024-07-01T04:40:00Z'],
    ].map(([from, to]) => measureSession(activity, at(from ?? ''), at(to ?? '')).measuredMinutes);
    expect(minutes).toEqual([210, 210, 210]);
  });

  it('product choice, the activity cap maxMinutesPerVolunteer: caps the minutes, not the interval', () => {
    const capped = anActivity({ maxMinutesPerVolunteer: 30 });
    const interval = clipToActivityWindow(capped, at('2024-07-01T01:00:00Z'), at('2024-07-01T03:00:00Z'));
    expect(interval).toEqual({ start: '2024-07-01T01:00:00.000Z', end: '2024-07-01T03:00:00.000Z' });
    expect(measureMinutes(capped, interval)).toBe(30);
  });

  it('treats intervals as half-open: touching is not overlapping, empty ones overlap nothing', () => {
    const a = { start: '2024-07-01T01:00:00.000Z', end: '2024-07-01T02:00:00.000Z' };
    const touching = { start: '2024-07-01T02:00:00.000Z', end: '2024-07-01T03:00:00.000Z' };
    const inside = { start: '2024-07-01T01:59:59.999Z', end: '2024-07-01T03:00:00.000Z' };
    const empty = { start: '2024-07-01T01:30:00.000Z', end: '2024-07-01T01:30:00.000Z' };
    expect(intervalsOverlap(a, touching)).toBe(false);
    expect(intervalsOverlap(touching, a)).toBe(false);
    expect(intervalsOverlap(a, inside)).toBe(true);
    expect(intervalsOverlap(a, empty)).toBe(false);
  });

  it('allows exactly 5 minutes of clock skew', () => {
    const now = at('2024-07-01T01:00:00Z');
    expect(isInFuture(now + 5 * 60_000, now)).toBe(false);
    expect(isInFuture(now + 5 * 60_000 + 1, now)).toBe(true);
  });

  it('allows exactly 2 hours either side of the window', () => {
    expect(isNearActivityWindow(activity, at('2024-06-30T23:00:00Z'))).toBe(true);
    expect(isNearActivityWindow(activity, at('2024-06-30T22:59:59.999Z'))).toBe(false);
    expect(isNearActivityWindow(activity, at('2024-07-01T07:00:00Z'))).toBe(true);
    expect(isNearActivityWindow(activity, at('2024-07-01T07:00:00.001Z'))).toBe(false);
  });

  it('calls a check-out missed only more than 2 hours after the end', () => {
    expect(isCheckOutMissed(activity, at('2024-07-01T07:00:00Z'))).toBe(false);
    expect(isCheckOutMissed(activity, at('2024-07-01T07:00:00.001Z'))).toBe(true);
  });

  it('closes a missed check-out at the end, within 24 hours of the check-in, never before it', () => {
    expect(missedCheckOutAt(activity, at('2024-07-01T02:00:00Z'))).toBe(at('2024-07-01T05:00:00Z'));
    expect(missedCheckOutAt(activity, at('2024-07-01T06:00:00Z'))).toBe(at('2024-07-01T06:00:00Z'));
    const long = anActivity({ endsAt: '2024-07-10T00:00:00.000Z' });
    expect(missedCheckOutAt(long, at('2024-07-01T02:00:00Z'))).toBe(at('2024-07-02T02:00:00Z'));
  });

  it('reserves for an open session all it could still count', () => {
    expect(reservedInterval(activity, at('2024-07-01T00:30:00Z'))).toEqual({
      start: '2024-07-01T01:00:00.000Z',
      end: '2024-07-01T05:00:00.000Z',
    });
  });
});
