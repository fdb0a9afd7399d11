import fc from 'fast-check';
import {
  anActivity,
  checkedIn,
  checkedOut,
  confirmed,
  manualRecorded,
  registered,
  VOLUNTEER_ID,
} from '../testing/fixtures.js';
import { checkIn, checkOut, recordManualSession, rejectSession } from '../testing/volunteer-commands.js';
import { decideVolunteer as decide, type VolunteerCommand } from './volunteer.decider.js';
import { requireNoOverlap } from './session-guards.js';
import { type VolunteerStreamEvent } from './volunteer.events.js';
import { occupiedInterval } from './volunteer-session.js';
import {
  detachVolunteer as detach,
  foldOwnedVolunteer,
  foldVolunteer as fold,
  initialVolunteerState,
  type RegisteredVolunteer,
} from './volunteer.state.js';

describe('the overlap rule on a state folded on, command after command', () => {
  it('judges a session as it stands now, not as it stood when the rule last looked at it', () => {
    let state = fold(initialVolunteerState, [registered()]);
    const run = (command: VolunteerCommand): void => {
      state = fold(state, decide(command, state));
    };
    run(checkIn('s-1', '2024-07-01T01:05:00Z', '2024-07-01T01:05:00Z'));
    run(checkOut('2024-07-01T05:00:00Z', '2024-07-01T05:00:00Z'));
    const whilePending = state;
    // Checked out and pending, the session holds 09:05–13:00: an hour on paper inside it is refused.
    const paper = recordManualSession(
      's-2',
      ['2024-07-01T03:00:00Z', '2024-07-01T04:00:00Z'],
      60,
      '2024-07-01T06:00:00Z',
    );
    expect(() => decide(paper, whilePending)).toThrow(expect.objectContaining({ code: 'SESSION_OVERLAPS' }));
    run(rejectSession('s-1', '未到场'));
    // Rejected, it holds nothing; the state it was pending in is left as it was.
    expect(decide(paper, state).map((event) => event.type)).toEqual([
      'ManualSessionRecorded',
      'SessionConfirmed',
    ]);
    expect(() => decide(paper, whilePending)).toThrow(expect.objectContaining({ code: 'SESSION_OVERLAPS' }));
  });
});

describe('the overlap rule looking up the days an interval touches', () => {
  const HOUR_MS = 3_600_000;
  const DAY_MS = 24 * HOUR_MS;
  const FIRST = Date.parse('2024-07-01T00:00:00.000Z');
  const iso = (ms: number): string => new Date(ms).toISOString();
  const sessionId = fc.integer({ min: 0, max: 24 }).map((n) => `s-${n}`);
  // Within eight days, so intervals meet often; some over many days, beyond what the index looks up by day.
  const at = fc.integer({ min: 0, max: 8 * 24 * 4 }).map((quarter) => FIRST + quarter * 15 * 60_000);
  const length = fc.oneof(
    fc.integer({ min: 0, max: 30 * 60 }).map((minutes) => minutes * 60_000),
    fc.integer({ min: 1, max: 40 }).map((days) => days * DAY_MS),
  );
  const activityAt = (start: number, end: number) =>
    anActivity({
      activityId: `act-${start}`,
      startsAt: iso(start),
      endsAt: iso(Math.max(end, start + HOUR_MS)),
    });
  const event: fc.Arbitrary<VolunteerStreamEvent> = fc.oneof(
    fc
      .tuple(sessionId, at, length)
      .map(([id, start, span]) => checkedIn(id, activityAt(start, start + span), iso(start))),
    fc
      .tuple(sessionId, at, length)
      .map(([id, start, span]) =>
        checkedOut(id, iso(start + span), [iso(start), iso(start + span)], Math.round(span / 60_000)),
      ),
    fc
      .tuple(sessionId, at, length)
      .map(([id, start, span]) =>
        manualRecorded(id, activityAt(start, start + span), iso(start), iso(start + span), 60),
      ),
    sessionId.map((id) => confirmed(id, 60)),
    sessionId.map((id): VolunteerStreamEvent => ({
      type: 'SessionRejected',
      data: { sessionId: id, volunteerId: VOLUNTEER_ID, reason: 'not present' },
    })),
  );
  // A fold, in place or copying, a detached copy, or a look: a new record has its index built afresh.
  const step = fc.oneof(
    { arbitrary: fc.record({ folded: event, inPlace: fc.boolean() }), weight: 6 },
    { arbitrary: fc.record({ start: at, span: length, except: fc.option(sessionId) }), weight: 3 },
    { arbitrary: fc.constant('detach' as const), weight: 1 },
  );

  /** The first session of the record, in its own order, whose occupied interval meets [start, end). */
  function met(state: RegisteredVolunteer, start: number, end: number, except: string | null): string[] {
    if (!(start < end)) return [];
    return Object.values(state.sessions)
      .filter((session) => {
        const interval = occupiedInterval(session);
        if (interval === null || session.sessionId === except) return false;
        const [from, to] = [Date.parse(interval.start), Date.parse(interval.end)];
        return from < to && start < to && from < end;
      })
      .map((session) => session.sessionId);
  }

  it('refuses exactly what a pass over every session refuses, naming the same session', () => {
    let looks = 0;
    let refusals = 0;
    let several = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 30, maxLength: 80 }), (steps) => {
        let state = foldOwnedVolunteer(initialVolunteerState, [registered()]) as RegisteredVolunteer;
        for (const next of steps) {
          if (next === 'detach') state = detach(state) as RegisteredVolunteer;
          else if ('folded' in next) {
            const foldOn = next.inPlace ? foldOwnedVolunteer : fold;
            state = foldOn(state, [next.folded]) as RegisteredVolunteer;
          } else {
            looks += 1;
            const interval = { start: iso(next.start), end: iso(next.start + next.span) };
            const all = met(state, next.start, next.start + next.span, next.except);
            if (all.length > 1) several += 1;
            let named: string | undefined;
            try {
              requireNoOverlap(state, interval, 'at', next.except ?? undefined);
            } catch (error) {
              expect(error).toMatchObject({ code: 'SESSION_OVERLAPS' });
              named = /overlaps session (\S+) /.exec((error as Error).message)?.[1];
              refusals += 1;
            }
            expect(named).toBe(all[0]);
          }
        }
      }),
      { numRuns: 300 },
    );
    // Both answers were put to the test, many times over.
    expect(refusals).toBeGreaterThan(1_000);
    expect(looks - refusals).toBeGreaterThan(1_000);

    expect(several).toBeGreaterThan(500);
  });
});
