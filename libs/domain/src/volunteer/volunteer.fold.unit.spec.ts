import { performance } from 'node:perf_hooks';
import { evolveAll } from '../decider.js';
import { volunteerHistory } from '../testing/volunteer-history.js';
import { volunteerDecider } from './volunteer.decider.js';
import { type VolunteerStreamEvent } from './volunteer.events.js';
import {
  evolveVolunteer,
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
});
