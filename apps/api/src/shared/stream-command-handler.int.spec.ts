import {
  DomainError,
  encodeEvent,
  type VolunteerCommand,
  volunteerDecider,
  type VolunteerStreamEvent,
  volunteerStream,
} from '@vl/domain';
import { type EventStore, PostgresEventStore } from '@vl/event-store';
import { createSqlClient, type SqlClient } from '@vl/sql';
import fc from 'fast-check';
import {
  anActivity,
  anActor,
  registered,
  VOLUNTEER_ID,
} from '../../../../libs/domain/src/testing/fixtures.js';
import {
  checkIn,
  checkOut,
  closeMissedCheckOut,
  confirmSession,
  correctSession,
  recordManualSession,
  rejectSession,
  revokeSession,
} from '../../../../libs/domain/src/testing/volunteer-commands.js';
import { fixedClock } from './clock.js';
import { type CommandContext } from './command-context.js';
import { type Handled } from './stream-command-handler.js';
import { VolunteerStreams } from './streams.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const FIRST_DAY = Date.parse('2024-07-01T01:00:00.000Z');
const iso = (ms: number): string => new Date(ms).toISOString();
const DAYS = 6;
const activities = Array.from({ length: DAYS }, (_, day) =>
  anActivity({
    activityId: `act-${day}`,
    startsAt: iso(FIRST_DAY + day * DAY_MS),
    endsAt: iso(FIRST_DAY + day * DAY_MS + 4 * HOUR_MS),
  }),
);
const LATER = iso(FIRST_DAY + (DAYS + 2) * DAY_MS);

const sessionIds = fc.constantFrom('s-0', 's-1', 's-2', 's-3', 's-4');
const day = fc.integer({ min: 0, max: DAYS - 1 });
const minuteOfService = fc.integer({ min: 0, max: 239 });

/** Commands of every kind on a handful of sessions and days, so many are refused and many overlap. */
const command: fc.Arbitrary<VolunteerCommand> = fc.oneof(
  fc.tuple(sessionIds, day, minuteOfService).map(([sessionId, at, minute]) => {
    const start = FIRST_DAY + at * DAY_MS + minute * 60_000;
    return checkIn(sessionId, iso(start), iso(start), activities[at]);
  }),
  fc.tuple(day, minuteOfService).map(([at, minute]) => {
    const end = FIRST_DAY + at * DAY_MS + minute * 60_000;
    return checkOut(iso(end), iso(end), `act-${at}`);
  }),
  fc.constant(closeMissedCheckOut(LATER)),
  fc.tuple(sessionIds, day, fc.integer({ min: 30, max: 240 })).map(([sessionId, at, minutes]) => {
    const start = FIRST_DAY + at * DAY_MS;
    return recordManualSession(sessionId, [iso(start), iso(start + minutes * 60_000)], minutes, LATER, {
      activity: activities[at],
    });
  }),
  fc
    .tuple(sessionIds, fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }))
    .map(([sessionId, minutes]) => confirmSession(sessionId, minutes)),
  fc
    .tuple(sessionIds, fc.integer({ min: 0, max: 240 }))
    .map(([sessionId, minutes]) => correctSession(sessionId, minutes, 'left early')),
  sessionIds.map((sessionId) => rejectSession(sessionId, 'not present')),
  sessionIds.map((sessionId) => revokeSession(sessionId, 'duplicate')),
);

/** Which process handles a step: two keep their folded streams, the third folds from the start each time. */
const step = fc.record({ command, by: fc.constantFrom(0, 1, 2) });

type Outcome = { readonly events: readonly VolunteerStreamEvent[] } | { readonly refused: string };

async function outcomeOf(work: () => Promise<readonly unknown[]> | readonly unknown[]): Promise<Outcome> {
  try {
    return { events: (await work()) as VolunteerStreamEvent[] };
  } catch (error) {
    if (error instanceof DomainError) return { refused: error.code };
    throw error;
  }
}

describe('a command decided on a kept folded stream', () => {
  let sql: SqlClient;
  let store: EventStore;
  const clock = fixedClock(LATER);
  const handlerOn = (events: EventStore): VolunteerStreams =>
    new VolunteerStreams(events, () => undefined, clock);
  let volunteer = 0;

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://', schema: 'event_store' });
    store = await PostgresEventStore.create(sql);
  });
  afterAll(async () => {
    await store.close();
    await sql.close();
  });

  it('decides as it would on the whole stream folded from its start, whoever appended last', async () => {
    const seen = { appended: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        volunteer += 1;
        const id = `${VOLUNTEER_ID}-${volunteer}`;
        await store.append(
          volunteerStream(id),
          [{ id: crypto.randomUUID(), ...encodeEvent(registered(id), metadata) }],
          'no_stream',
        );
        // Two processes, each keeping what it folded; the other one's appends arrive as the events after.
        const processes = [handlerOn(store), handlerOn(store)];
        for (const { command: next, by } of steps) {
          const whole = await handlerOn(store).load(id);
          const expected = await outcomeOf(() => volunteerDecider.decide(next, whole));
          const handler = by === 2 ? handlerOn(store) : processes[by];
          const actual = await outcomeOf(async () => (await handler!.handle(context, id, next)).events);
          expect(actual).toEqual(expected);
          if ('refused' in actual) seen.refused += 1;
          else if (actual.events.length > 0) seen.appended += 1;
        }
        const whole = await handlerOn(store).load(id);
        for (const process of processes) expect(await process.load(id)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
    // Both ways of answering were put to the test, many times over.
    expect(seen.appended).toBeGreaterThan(40);
    expect(seen.refused).toBeGreaterThan(100);
  });

  it('answers a command retried with its key with what the first try appended, on a long-kept stream', async () => {
    const id = 'v-retried';
    const process = handlerOn(store);
    const other = handlerOn(store);
    await store.append(
      volunteerStream(id),
      [{ id: crypto.randomUUID(), ...encodeEvent(registered(id), metadata) }],
      'no_stream',
    );
    const keyed: CommandContext = { ...context, idempotencySeed: 'key-1' };
    const first = await process.handle(
      keyed,
      id,
      checkIn('s-9', activities[0]!.startsAt, LATER, activities[0]),
    );
    // Later commands fold the stream past the first try's events before the retry comes.
    await other.handle(context, id, checkOut(iso(FIRST_DAY + 3 * HOUR_MS), LATER, 'act-0'));
    await process.handle(context, id, confirmSession('s-9'));
    const retried = await process.handle(
      keyed,
      id,
      checkIn('s-9', activities[0]!.startsAt, LATER, activities[0]),
    );
    expect(retried).toEqual(first);
    expect(first.events.map((event) => event.type)).toEqual(['VolunteerCheckedIn']);
    expect((await store.readStream(volunteerStream(id))).length).toBe(4);
  });

  it('appends on the state it kept without reading the stream, and reads it when the stream moved on', async () => {
    const id = 'v-unread';
    await store.append(
      volunteerStream(id),
      [{ id: crypto.randomUUID(), ...encodeEvent(registered(id), metadata) }],
      'no_stream',
    );
    let reads = 0;
    const counting: EventStore = Object.assign(Object.create(store) as EventStore, {
      readStream: (...args: Parameters<EventStore['readStream']>) => {
        reads += 1;
        return store.readStream(...args);
      },
    });
    const process = handlerOn(counting);
    await process.handle(context, id, checkIn('s-1', activities[0]!.startsAt, LATER, activities[0]));
    expect(reads).toBe(1); // the first command here folds the stream from its start
    await process.handle(context, id, checkOut(iso(FIRST_DAY + 2 * HOUR_MS), LATER, 'act-0'));
    expect(reads).toBe(1);
    // Another process confirms the session: the next append here conflicts, reads what it missed, decides again.
    await handlerOn(store).handle(context, id, confirmSession('s-1'));
    const corrected = await process.handle(context, id, correctSession('s-1', 90, 'left early'));
    expect(reads).toBe(2);
    expect(corrected.events.map((event) => event.type)).toEqual(['SessionCorrected']);
    // A refusal on the kept state is checked against the stream before it is given.
    await handlerOn(store).handle(context, id, checkIn('s-2', activities[1]!.startsAt, LATER, activities[1]));
    const checkedOut = await process.handle(
      context,
      id,
      checkOut(iso(FIRST_DAY + DAY_MS + 2 * HOUR_MS), LATER, 'act-1'),
    );
    // Recorded days after the activity ended, the check-out closes the session as missed: not refused.
    expect(checkedOut.events.map((event) => event.type)).toEqual(['SessionCheckOutMissed']);
    expect(reads).toBe(3);
    expect(await process.load(id)).toEqual(await handlerOn(store).load(id));
  });

  it('folds commands running at once onto the state it keeps as the stream has them, and gives only copies away', async () => {
    const id = 'v-at-once';
    await store.append(
      volunteerStream(id),
      [{ id: crypto.randomUUID(), ...encodeEvent(registered(id), metadata) }],
      'no_stream',
    );
    const processes = [handlerOn(store), handlerOn(store)];
    const first = [iso(FIRST_DAY), iso(FIRST_DAY + HOUR_MS)] as [string, string];
    await processes[0]!.handle(
      context,
      id,
      recordManualSession('p-first', first, 60, LATER, { activity: activities[0] }),
    );
    const given = await processes[0]!.load(id);
    const before = structuredClone(given);
    // Eighteen hours on paper, three a day, none overlapping: each is appended whatever order they land in.
    const paper = activities.flatMap((activity, day) =>
      [1, 2, 3].map((hour) => {
        const start = FIRST_DAY + day * DAY_MS + hour * HOUR_MS;
        return recordManualSession(`p-${day}-${hour}`, [iso(start), iso(start + HOUR_MS)], 60, LATER, {
          activity,
        });
      }),
    );
    // Four at a time, two through each process: each may lose a race to the other three, and win the fifth try.
    const handled: Handled[] = [];
    for (let from = 0; from < paper.length; from += 4) {
      const batch = paper.slice(from, from + 4);
      handled.push(
        ...(await Promise.all(batch.map((next, index) => processes[index % 2]!.handle(context, id, next)))),
      );
    }
    expect(handled.every((outcome) => outcome.events.length > 0)).toBe(true);
    const recorded = (await store.readStream(volunteerStream(id))).filter(
      (event) => event.type === 'ManualSessionRecorded',
    );
    expect(recorded).toHaveLength(paper.length + 1);
    const whole = await handlerOn(store).load(id);
    expect(Object.keys(whole.status === 'Registered' ? whole.sessions : {})).toHaveLength(paper.length + 1);
    // What each process keeps is the stream folded from its start, and what it gave away never moved.
    for (const process of processes) expect(await process.load(id)).toEqual(whole);
    expect(given).toEqual(before);
  });

  it('passes over the events a read brings back that it has folded on meanwhile', async () => {
    const id = 'v-read-behind';
    await store.append(
      volunteerStream(id),
      [{ id: crypto.randomUUID(), ...encodeEvent(registered(id), metadata) }],
      'no_stream',
    );
    // Reads wait at a gate the test opens: one is held while this process appends and keeps two events.
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let held = false;
    const gated: EventStore = Object.assign(Object.create(store) as EventStore, {
      readStream: async (...args: Parameters<EventStore['readStream']>) => {
        if (held) await gate;
        return store.readStream(...args);
      },
    });
    const process = handlerOn(gated);
    await process.handle(context, id, checkIn('s-1', activities[0]!.startsAt, LATER, activities[0]));
    held = true;
    const loading = process.load(id);
    await process.handle(context, id, checkOut(iso(FIRST_DAY + 2 * HOUR_MS), LATER, 'act-0'));
    await process.handle(context, id, checkIn('s-2', activities[1]!.startsAt, LATER, activities[1]));
    held = false;
    open();
    // The held read brings back the check-out and the check-in this process folded on already.
    const whole = await handlerOn(store).load(id);
    expect(await loading).toEqual(whole);
    expect(await process.load(id)).toEqual(whole);
    const openSession = whole.status === 'Registered' ? whole.openSessionId : undefined;
    expect(openSession).toBe('s-2');
  });
});

const metadata = { occurredAt: LATER, recordedAt: LATER, actor: 'user-lotus', correlationId: 'c-1' };
const context: CommandContext = {
  actor: anActor('lotus-team'),
  correlationId: 'c-1',
  idempotencySeed: undefined,
};
