/**
 * Groups an async iterable into arrays of at most `maxSize`, waiting at most `lingerMs` after the first
 * item of a group for more. A catch-up read then goes out in large batches while a live trickle still
 * leaves within a few milliseconds. A `next()` outstanding when the wait ends is carried over, never lost.
 * One timer serves a whole group, so an item already waiting costs one await, not a timer of its own.
 */
export async function* inBatches<T>(
  source: AsyncIterable<T>,
  maxSize: number,
  lingerMs: number,
): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | undefined;
  try {
    for (;;) {
      const first = await (pending ?? iterator.next());
      pending = undefined;
      if (first.done) return;
      const batch: T[] = [first.value];
      const linger = deadline(lingerMs);
      try {
        while (batch.length < maxSize) {
          pending = iterator.next();
          const next = await Promise.race([pending, linger.expired]);
          if (next === undefined) break;
          pending = undefined;
          if (next.done) {
            yield batch;
            return;
          }
          batch.push(next.value);
        }
      } finally {
        linger.cancel();
      }
      yield batch;
    }
  } finally {
    // With a next() outstanding, an async generator source would queue return() behind it and never
    // settle; the owner ends such a source itself (a subscription's close()).
    if (pending === undefined) await iterator.return?.();
    else void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

/** A promise that resolves to undefined after `ms`, and a way to drop its timer early. */
function deadline(ms: number): { expired: Promise<undefined>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
  });
  return { expired, cancel: () => clearTimeout(timer) };
}
