import { randomUUID } from 'node:crypto';
import { RequestKeyReusedError, WrongExpectedRevisionError } from '../event-store.port.js';
import {
  type ConformanceContext,
  newEvent,
  newEvents,
  rejectionOf,
  uniqueStream,
} from './conformance-fixtures.js';

/**
 * Request keys bound by appends, for stores that bind them (`requestKeyBinding`); a store that cannot must
 * refuse an append carrying one rather than drop the key.
 */
export function describeRequestKeyConformance({ store }: ConformanceContext): void {
  describe('request keys bound by appends', () => {
    const key = (): string => `key-${randomUUID()}`;

    it('is refused by a store that cannot bind it', async () => {
      if (store().requestKeyBinding !== undefined) return;
      const requestKey = { keyHash: key(), requestHash: 'body-a' };
      await expect(store().append(uniqueStream(), [newEvent()], 'no_stream', { requestKey })).rejects.toThrow(
        /request keys/,
      );
    });

    it('binds a key to its body with the append, and refuses the key with another body', async () => {
      const binding = store().requestKeyBinding?.bind(store());
      if (binding === undefined) return;
      const keyHash = key();
      const stream = uniqueStream();
      expect(await binding(keyHash)).toBeUndefined();
      await store().append(stream, newEvents(2), 'no_stream', {
        requestKey: { keyHash, requestHash: 'body-a' },
      });
      expect(await binding(keyHash)).toBe('body-a');
      // Another body is refused whatever the revision, in this stream or any other, and stores nothing.
      const other = uniqueStream();
      for (const [target, expected] of [
        [stream, 1],
        [stream, 7],
        [other, 'no_stream'],
      ] as const) {
        const error = await rejectionOf(
          store().append(target, [newEvent()], expected, { requestKey: { keyHash, requestHash: 'body-b' } }),
        );
        expect(error).toBeInstanceOf(RequestKeyReusedError);
      }
      expect(await store().readStream(stream)).toHaveLength(2);
      expect(await store().readStream(other)).toHaveLength(0);
      expect(await binding(keyHash)).toBe('body-a');
      // The same body may append again under its key (a command writing twice).
      await store().append(stream, [newEvent()], 1, { requestKey: { keyHash, requestHash: 'body-a' } });
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('binds nothing when the append is refused for its revision', async () => {
      const binding = store().requestKeyBinding?.bind(store());
      if (binding === undefined) return;
      const keyHash = key();
      const stream = uniqueStream();
      await store().append(stream, [newEvent()], 'no_stream');
      const error = await rejectionOf(
        store().append(stream, [newEvent()], 'no_stream', { requestKey: { keyHash, requestHash: 'body-a' } }),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await binding(keyHash)).toBeUndefined();
    });

    it('gives one key to one of several bodies appending at once, and says when events were stored before', async () => {
      const binding = store().requestKeyBinding?.bind(store());
      if (binding === undefined) return;
      const keyHash = key();
      const streams = Array.from({ length: 6 }, () => uniqueStream());
      const outcomes = await Promise.allSettled(
        streams.map((stream, index) =>
          store().append(stream, [newEvent()], 'no_stream', {
            requestKey: { keyHash, requestHash: `body-${index}` },
          }),
        ),
      );
      const accepted = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
      expect(accepted).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(RequestKeyReusedError);
      }
      expect(await binding(keyHash)).toBe(`body-${accepted[0]}`);
      // The very same events again: stored nothing, answered with the first append's revision and position.
      const stream = uniqueStream();
      const events = newEvents(2);
      const first = await store().append(stream, events, 'no_stream', {
        requestKey: { keyHash: key(), requestHash: 'body' },
      });
      const again = await store().append(stream, events, 'no_stream');
      expect(first.repeated).toBeUndefined();
      expect(again).toEqual({ ...first, repeated: true });
      expect(await store().readStream(stream)).toHaveLength(2);
    });
  });
}
