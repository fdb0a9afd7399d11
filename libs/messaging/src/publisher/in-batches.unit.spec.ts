import { inBatches } from './in-batches.js';

async function collect<T>(source: AsyncIterable<T[]>): Promise<T[][]> {
  const batches: T[][] = [];
  for await (const batch of source) batches.push(batch);
  return batches;
}

async function* slowly(items: number[], gapMs: number): AsyncGenerator<number> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    yield item;
  }
}

async function* ready(items: number[]): AsyncGenerator<number> {
  yield* items;
}

describe('inBatches', () => {
  it('groups items that are already there up to the maximum size', async () => {
    expect(await collect(inBatches(ready([1, 2, 3, 4, 5]), 2, 10))).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('sends a slow trickle on after the linger time without losing the item it was waiting for', async () => {
    const batches = await collect(inBatches(slowly([1, 2, 3], 30), 10, 5));
    expect(batches.flat()).toEqual([1, 2, 3]);
    expect(batches.length).toBe(3);
  });

  it('ends with the source', async () => {
    expect(await collect(inBatches(ready([]), 3, 5))).toEqual([]);
  });
});
