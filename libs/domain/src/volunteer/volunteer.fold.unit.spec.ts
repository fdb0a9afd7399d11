import { performance } from 'node:perf_hooks';
import { evolveAll } from '../decider.js';
import { volunteerHistory } from '../testing/volunteer-history.js';
import { volunteerDecider } from './volunteer.decider.js';
import { type VolunteerStreamEvent } from './volunteer.events.js';
import { anActivity } from '../testing/fixtures.js';
import { checkIn, checkOut, closeMissedCheckOut } from '../testing/volunteer-commands.js';
import { decideVolunteer } from './volunteer.decider.js';
import {
  detachVolunteer,
  evolveVolunteer,
  foldOwnedVolunteer,
  foldVolunteer,
  initialVolunteerState,
  type VolunteerState,
} from './volunteer.state.js';

const oneByOne = (state: VolunteerState, events: readonly VolunteerStreamEvent[]): VolunteerState =>
  events.reduce(evolveVolunteer, state);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The fastest of a few runs, in milliseconds: the least disturbed by other work on the machine. */
function fastest(work: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('folding a volunteer stream', () => {
  const history = volunteerHistory(300);

  it('gives the state that evolving event by event gives, for every kind of event', () => {
    const types = new Set(history.map((event) => event.type));
    expect(types.size).toBe(13);
    expect(foldVolunteer(initialVolunteerState, history)).toEqual(oneByOne(initialVolunteerState, history));
    expect(evolveAll(volunteerDecider, history)).toEqual(oneByOne(initialVolunteerState, history));
  });

  it('carries on from a folded state as if the stream had been folded in one go', () => {
    const middle = foldVolunteer(initialVolunteerState, history.slice(0, 400));
    expect(foldVolunteer(middle, history.slice(400))).toEqual(foldVolunteer(initialVolunteerState, history));
  });

  it('never changes the state it starts from', () => {
    const before = deepFreeze(foldVolunteer(initialVolunteerState, history.slice(0, 400)));
    const copy = structuredClone(before);
    const after = foldVolunteer(before, history.slice(400));
    expect(before).toEqual(copy);
    expect(after).not.toEqual(before);
  });

  it('returns the very same state when no event changes it', () => {
    const state = foldVolunteer(initialVolunteerState, history);
    const stray = { type: 'SessionConfirmed' as const, data: { sessionId: 'unknown', volunteerId: 'v-1' } };
    expect(
      foldVolunteer(state, [
        { ...stray, data: { ...stray.data, minutes: 1, measuredMinutes: 1, automatic: false } },
      ]),
    ).toBe(state);
  });

  it('takes time linear in the stream: forty times the sessions well within the fortyfold a quadratic copy costs', () => {
    const small = volunteerHistory(500);
    const large = volunteerHistory(20_000);
    // Linear gives about 1; a copy of the sessions per event, about 40 (room left for a busy machine).
    const fortySmallMs = fastest(() => {
      for (let run = 0; run < 40; run += 1) evolveAll(volunteerDecider, small);
    });
    const largeMs = fastest(() => evolveAll(volunteerDecider, large));
    expect(largeMs / fortySmallMs).toBeLessThan(12);
  });

  it('folds in place onto a state it owns, to the state a copying fold gives', () => {
    const owned = foldVolunteer(initialVolunteerState, history.slice(0, 400));
    const whole = foldVolunteer(initialVolunteerState, history);
    expect(foldOwnedVolunteer(owned, history.slice(400))).toBe(owned);
    expect(owned).toEqual(whole);
  });

  it('never changes a detached copy of a state it folds in place', () => {
    const owned = foldVolunteer(initialVolunteerState, history.slice(0, 400));
    const detached = deepFreeze(detachVolunteer(owned));
    const copy = structuredClone(detached);
    foldOwnedVolunteer(owned, history.slice(400));
    expect(detached).toEqual(copy);
    expect(owned).not.toEqual(detached);
  });
});

describe('a command on a volunteer state kept and folded in place', () => {
  const HOUR_MS = 3_600_000;
  const LATER = Date.parse('2030-01-01T00:00:00.000Z');
  const iso = (ms: number): string => new Date(ms).toISOString();

  /** A kept state of `sessions` sessions, its open one closed, and a run of check-in and check-out pairs on it. */
  function pairsOn(sessions: number): () => void {
    let state = foldOwnedVolunteer(initialVolunteerState, volunteerHistory(sessions));
    state = foldOwnedVolunteer(state, decideVolunteer(closeMissedCheckOut(iso(LATER)), state));
    let pair = 0;
    return () => {
      for (let run = 0; run < 100; run += 1, pair += 1) {
        const start = LATER + pair * 2 * HOUR_MS;
        const activity = anActivity({
          activityId: `act-later-${pair}`,
          startsAt: iso(start),
          endsAt: iso(start + HOUR_MS),
        });
        const at = iso(start + 30 * 60_000);
        state = foldOwnedVolunteer(
          state,
          decideVolunteer(checkIn(`later-${pair}`, iso(start), iso(start), activity), state),
        );
        state = foldOwnedVolunteer(state, decideVolunteer(checkOut(at, at, activity.activityId), state));
      }
    };
  }

  it('costs about the same at 20,000 sessions as at 500: no pass over the history, no copy of it', () => {
    const small = pairsOn(500);
    const large = pairsOn(20_000);
    // About 1 when a command costs its own events; a copy or a pass over the sessions per command, about 40.
    expect(fastest(large, 5) / fastest(small, 5)).toBeLessThan(8);
  });
});
