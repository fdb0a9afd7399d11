import { type AppendResult, DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.port.js';
import {
  type ConformanceContext,
  newEvent,
  newEvents,
  rejectionOf,
  uniqueStream,
} from './conformance-fixtures.js';

export function describeAppendConformance({ store }: ConformanceContext): void {
  describe('expected revision', () => {
    it('creates a stream with no_stream, revisions counting from 0', async () => {
      const stream = uniqueStream();
      const result = await store().append(stream, newEvents(2), 'no_stream');
      expect(result.nextExpectedRevision).toBe(1);
      expect(result.position).toBeGreaterThan(0);
      expect((await store().readStream(stream)).map((event) => event.revision)).toEqual([0, 1]);
    });

    it('refuses no_stream on an existing stream with a typed error carrying the actual revision', async () => {
      const stream = uniqueStream();
      await store().append(stream, newEvents(3), 'no_stream');
      const error = await rejectionOf(store().append(stream, [newEvent()], 'no_stream'));
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({
        name: 'WrongExpectedRevisionError',
        stream,
        expected: 'no_stream',
        actual: 2,
      });
      expect(String((error as Error).message)).toContain(stream);
    });

    it('refuses stream_exists on a missing stream with actual no_stream', async () => {
      const stream = uniqueStream();
      const error = await rejectionOf(store().append(stream, [newEvent()], 'stream_exists'));
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream, expected: 'stream_exists', actual: 'no_stream' });
      expect(await store().readStream(stream)).toEqual([]);
    });

    it('appends with stream_exists to an existing stream', async () => {
      const stream = uniqueStream();
      await store().append(stream, [newEvent()], 'no_stream');
      const result = await store().append(stream, newEvents(2), 'stream_exists');
      expect(result.nextExpectedRevision).toBe(2);
    });

    it('appends with any to a missing and then to an existing stream', async () => {
      const stream = uniqueStream();
      expect((await store().append(stream, [newEvent()], 'any')).nextExpectedRevision).toBe(0);
      expect((await store().append(stream, [newEvent()], 'any')).nextExpectedRevision).toBe(1);
    });

    it('appends when the exact revision matches', async () => {
      const stream = uniqueStream();
      await store().append(stream, newEvents(2), 'no_stream');
      const result = await store().append(stream, newEvents(3), 1);
      expect(result.nextExpectedRevision).toBe(4);
      expect((await store().readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
    });

    it('refuses a stale or future exact revision, and an exact revision on a missing stream', async () => {
      const stream = uniqueStream();
      await store().append(stream, newEvents(3), 'no_stream');
      for (const expected of [0, 1, 3, 7]) {
        const error = await rejectionOf(store().append(stream, [newEvent()], expected));
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ stream, expected, actual: 2 });
      }
      const missing = uniqueStream();
      const error = await rejectionOf(store().append(missing, [newEvent()], 0));
      expect(error).toMatchObject({ stream: missing, expected: 0, actual: 'no_stream' });
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('lets exactly one of several concurrent appends at the same revision win', async () => {
      const stream = uniqueStream();
      await store().append(stream, [newEvent()], 'no_stream');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, () => store().append(stream, [newEvent()], 0)),
      );
      const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const losers = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
      );
      expect(winners).toHaveLength(1);
      for (const error of losers)
        expect(error).toMatchObject({ name: 'WrongExpectedRevisionError', actual: 1 });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('keeps a refused append from failing the appends made alongside it', async () => {
      const streams = Array.from({ length: 24 }, () => uniqueStream());
      const outcomes = await Promise.allSettled(
        streams.map((stream, index) =>
          store().append(stream, [newEvent()], index % 2 === 0 ? 'no_stream' : 'stream_exists'),
        ),
      );
      outcomes.forEach((outcome, index) => {
        if (index % 2 === 0)
          expect(outcome).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0 } });
        else
          expect(outcome).toMatchObject({
            status: 'rejected',
            reason: { name: 'WrongExpectedRevisionError' },
          });
      });
    });
  });

  describe('idempotency', () => {
    it.each([['exact revision'], ['no_stream'], ['any']])(
      'treats a retry with the same event ids (%s) as a no-op with the original result',
      async (mode) => {
        const stream = uniqueStream();
        await store().append(stream, [newEvent()], 'no_stream');
        const events = newEvents(2);
        const target = mode === 'no_stream' ? uniqueStream() : stream;
        const expected = mode === 'exact revision' ? 0 : mode === 'no_stream' ? 'no_stream' : 'any';
        const first = await store().append(target, events, expected);
        const retry = await store().append(target, events, expected);
        // A store that can tell says the retry stored nothing (`repeated`); the rest is the first answer.
        expect(retry).toEqual(retry.repeated === undefined ? first : { ...first, repeated: true });
        const stored = await store().readStream(target);
        expect(stored.filter((event) => events.some((sent) => sent.id === event.id))).toHaveLength(2);
        const head = await store().headPosition();
        expect(head).toBe(first.position);
      },
    );

    it('answers two identical appends racing each other with the same result and stores the events once', async () => {
      const stream = uniqueStream();
      const events = newEvents(3);
      const [a, b] = await Promise.all([
        store().append(stream, events, 'no_stream'),
        store().append(stream, events, 'no_stream'),
      ]);
      const answer = ({ nextExpectedRevision, position }: AppendResult) => ({
        nextExpectedRevision,
        position,
      });
      expect(answer(a)).toEqual(answer(b));
      expect([a, b].filter((result) => result.repeated === true).length).toBeLessThanOrEqual(1);
      expect(await store().readStream(stream)).toHaveLength(3);
    });
  });
}

/** Only for stores that enforce one id per store (not EventStoreDB, which scopes ids to a stream). */
export function describeDuplicateIdConformance({ store }: ConformanceContext): void {
  describe('duplicate event ids', () => {
    it('refuses event ids already stored in another stream and writes nothing', async () => {
      const event = newEvent();
      const first = uniqueStream();
      const second = uniqueStream();
      await store().append(first, [event], 'no_stream');
      const error = await rejectionOf(store().append(second, [newEvent(), event], 'no_stream'));
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      expect(error).toMatchObject({ name: 'DuplicateEventIdError', stream: second, eventId: event.id });
      expect(await store().readStream(second)).toEqual([]);
    });

    it('refuses stored ids appended at another place in the same stream', async () => {
      const stream = uniqueStream();
      const events = newEvents(2);
      await store().append(stream, events, 'no_stream');
      const error = await rejectionOf(store().append(stream, events, 1));
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      const partial = await rejectionOf(store().append(stream, [events[0]!, newEvent()], 'no_stream'));
      expect(partial).toBeInstanceOf(DuplicateEventIdError);
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('refuses one id twice in the same append', async () => {
      const event = newEvent();
      const error = await rejectionOf(store().append(uniqueStream(), [event, event], 'any'));
      expect(error).toBeInstanceOf(DuplicateEventIdError);
    });
  });
}
