import { randomUUID } from 'node:crypto';
import { StaleReadError, WrongExpectedRevisionError } from '../event-store.port.js';
import {
  type ConformanceContext,
  newEvent,
  newEvents,
  rejectionOf,
  uniqueStream,
} from './conformance-fixtures.js';

/**
 * Appends that name other streams their decision read (`unchangedReads`), for stores that check them
 * (`checksReads`); a store that cannot must refuse such an append rather than skip the check.
 */
export function describeUnchangedReadsConformance({ store }: ConformanceContext): void {
  describe('appends conditional on the streams a decision read', () => {
    it('is refused by a store that cannot check them', async () => {
      if (store().checksReads === true) return;
      const unchangedReads = [{ stream: uniqueStream(), revision: -1 }];
      await expect(
        store().append(uniqueStream(), [newEvent()], 'no_stream', { unchangedReads }),
      ).rejects.toThrow(/read/);
    });

    it('appends while the streams read are where they were read, and refuses once one moved on', async () => {
      if (store().checksReads !== true) return;
      const setting = uniqueStream();
      const missing = uniqueStream();
      const stream = uniqueStream();
      await store().append(setting, newEvents(2), 'no_stream');
      // A stream read when it did not exist is named at -1.
      const reads = [
        { stream: setting, revision: 1 },
        { stream: missing, revision: -1 },
      ];
      const first = await store().append(stream, [newEvent()], 'no_stream', { unchangedReads: reads });
      expect(first.nextExpectedRevision).toBe(0);

      await store().append(setting, [newEvent()], 1);
      const moved = await rejectionOf(store().append(stream, [newEvent()], 0, { unchangedReads: reads }));
      expect(moved).toBeInstanceOf(StaleReadError);
      expect(moved).toMatchObject({ stream, read: { stream: setting, revision: 1 }, actual: 2 });

      await store().append(missing, [newEvent()], 'no_stream');
      const created = await rejectionOf(
        store().append(stream, [newEvent()], 0, {
          unchangedReads: [
            { stream: setting, revision: 2 },
            { stream: missing, revision: -1 },
          ],
        }),
      );
      expect(created).toMatchObject({ read: { stream: missing, revision: -1 }, actual: 0 });
      // Nothing was stored by the refused appends; read afresh, the same append goes through.
      expect(await store().readStream(stream)).toHaveLength(1);
      await store().append(stream, [newEvent()], 0, {
        unchangedReads: [
          { stream: setting, revision: 2 },
          { stream: missing, revision: 0 },
        ],
      });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('answers the expected revision first, and binds no request key when a read moved on', async () => {
      if (store().checksReads !== true) return;
      const setting = uniqueStream();
      const stream = uniqueStream();
      await store().append(setting, [newEvent()], 'no_stream');
      await store().append(stream, [newEvent()], 'no_stream');
      const stale = [{ stream: setting, revision: 5 }];
      const wrong = await rejectionOf(
        store().append(stream, [newEvent()], 'no_stream', { unchangedReads: stale }),
      );
      expect(wrong).toBeInstanceOf(WrongExpectedRevisionError);
      const keyHash = `key-${randomUUID()}`;
      const refused = await rejectionOf(
        store().append(stream, [newEvent()], 0, {
          unchangedReads: stale,
          requestKey: { keyHash, requestHash: 'body-a' },
        }),
      );
      expect(refused).toBeInstanceOf(StaleReadError);
      if (store().requestKeyBinding !== undefined) {
        expect(await store().requestKeyBinding?.(keyHash)).toBeUndefined();
      }
    });

    it('answers a repeated append as repeated, whatever became of the streams it read', async () => {
      if (store().checksReads !== true) return;
      const setting = uniqueStream();
      const stream = uniqueStream();
      await store().append(setting, [newEvent()], 'no_stream');
      const events = newEvents(2);
      const reads = [{ stream: setting, revision: 0 }];
      const first = await store().append(stream, events, 'no_stream', { unchangedReads: reads });
      await store().append(setting, [newEvent()], 0);
      const again = await store().append(stream, events, 'no_stream', { unchangedReads: reads });
      expect(again).toEqual({ ...first, repeated: true });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('checks each append of a group on its own', async () => {
      if (store().checksReads !== true) return;
      const setting = uniqueStream();
      await store().append(setting, [newEvent()], 'no_stream');
      const streams = Array.from({ length: 6 }, () => uniqueStream());
      // Sent at once, so a store that groups appends sends them together; odd ones read a stale revision.
      const outcomes = await Promise.allSettled(
        streams.map((stream, index) =>
          store().append(stream, [newEvent()], 'no_stream', {
            unchangedReads: [{ stream: setting, revision: index % 2 === 0 ? 0 : 3 }],
          }),
        ),
      );
      expect(outcomes.map((outcome) => outcome.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'rejected',
        'fulfilled',
        'rejected',
      ]);
      const lengths = await Promise.all(
        streams.map(async (stream) => (await store().readStream(stream)).length),
      );
      expect(lengths).toEqual([1, 0, 1, 0, 1, 0]);
    });
  });
}
