import { type ConformanceContext, newEvents, take, uniqueStream } from './conformance-fixtures.js';

/** Live delivery may wait for a notification round trip or, at worst, one polling interval. */
const LIVE_TIMEOUT_MS = 20_000;

export function describeSubscriptionConformance({ store }: ConformanceContext): void {
  describe('subscriptions', () => {
    it(
      'catches up from a position, then delivers live appends in order',
      async () => {
        const from = await store().headPosition();
        const stream = uniqueStream();
        const early = newEvents(4);
        await store().append(stream, early, 'no_stream');
        const subscription = store().subscribeToAll({ fromPosition: from });
        const iterator = subscription[Symbol.asyncIterator]();
        try {
          const caughtUp = await take(iterator, 4);
          expect(caughtUp.map((event) => event.id)).toEqual(early.map((event) => event.id));

          const late = newEvents(3);
          const pending = take(iterator, 3);
          await store().append(stream, late, 3);
          const live = await pending;
          expect(live.map((event) => event.id)).toEqual(late.map((event) => event.id));
          expect(live[0]!.position).toBeGreaterThan(caughtUp[3]!.position);
        } finally {
          await subscription.close();
        }
      },
      LIVE_TIMEOUT_MS,
    );

    it(
      'starts after fromPosition, exclusively',
      async () => {
        const stream = uniqueStream();
        const events = newEvents(3);
        await store().append(stream, events, 'no_stream');
        const [, second] = await store().readStream(stream);
        const subscription = store().subscribeToAll({ fromPosition: second!.position });
        try {
          const [next] = await take(subscription[Symbol.asyncIterator](), 1);
          expect(next?.id).toBe(events[2]!.id);
        } finally {
          await subscription.close();
        }
      },
      LIVE_TIMEOUT_MS,
    );

    it(
      'ends a waiting iteration when closed, and stays ended',
      async () => {
        const subscription = store().subscribeToAll({ fromPosition: await store().headPosition() });
        const iterator = subscription[Symbol.asyncIterator]();
        const waiting = iterator.next();
        await new Promise((resolve) => setTimeout(resolve, 100));
        await subscription.close();
        await expect(waiting).resolves.toMatchObject({ done: true });
        await store().append(uniqueStream(), newEvents(1), 'no_stream');
        await expect(iterator.next()).resolves.toMatchObject({ done: true });
      },
      LIVE_TIMEOUT_MS,
    );

    it(
      'ends when the consumer breaks out of for-await',
      async () => {
        const stream = uniqueStream();
        const from = await store().headPosition();
        await store().append(stream, newEvents(3), 'no_stream');
        const subscription = store().subscribeToAll({ fromPosition: from });
        let seen = 0;
        for await (const event of subscription) {
          expect(event.streamName).toBe(stream);
          seen += 1;
          if (seen === 2) break;
        }
        expect(seen).toBe(2);
        await subscription.close();
      },
      LIVE_TIMEOUT_MS,
    );
  });
}
