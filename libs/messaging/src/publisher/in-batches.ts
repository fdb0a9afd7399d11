/**
 * Groups an async iterable into arrays of at most `maxSize`, waiting at most `lingerMs` after the first
 * item of a group for more. A catch-up read then goes out in large batches while a live trickle still
 * leaves within a few milliseconds. A `next()` outstanding when the wait ends is carried over, never lost.
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
      const deadline = Date.now() + lingerMs;
      while (batch.length < maxSize) {
        pending = iterator.next();
        const next = await within(pending, deadline - Date.now());
        if (next === undefined) break;
        pending = undefined;
        if (next.done) {
          yield batch;
          return;
        }
        batch.push(next.value);
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

/** The promise's value, or undefined when it has not settled within `ms` (already settled values win). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
