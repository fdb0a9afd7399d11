import { GroupCommit, type GroupItem } from './group-commit.js';
import { EventStoreUnavailableError } from './unavailable-error.js';

interface Item extends GroupItem {
  readonly name: string;
}

function item(name: string, weight = 1): Item {
  return { name, weight };
}

function recorder(answer: (items: readonly Item[]) => Promise<Array<string | Error>>) {
  const groups: string[][] = [];
  const run = async (items: readonly Item[]) => {
    groups.push(items.map((entry) => entry.name));
    return answer(items);
  };
  return { groups, run };
}

const echo = async (items: readonly Item[]) => items.map((entry) => `ok:${entry.name}`);

describe('GroupCommit', () => {
  it('sends a lone append at once and groups the appends that arrive while it is in flight', async () => {
    const { groups, run } = recorder(echo);
    const batcher = new GroupCommit(run, { maxInFlight: 1, maxWeight: 100 });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((name) => batcher.submit(item(name))));
    expect(results).toEqual(['ok:a', 'ok:b', 'ok:c', 'ok:d']);
    expect(groups).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('lets callers woken by a finished group queue up before the next group leaves', async () => {
    const { groups, run } = recorder(echo);
    const batcher = new GroupCommit(run, { maxInFlight: 1, maxWeight: 100 });
    const client = async (name: string) => {
      for (let round = 0; round < 3; round += 1) await batcher.submit(item(`${name}${round}`));
    };
    await Promise.all([client('x'), client('y'), client('z')]);
    expect(groups.map((group) => group.length)).toEqual([1, 3, 3, 2]);
  });

  it('with coalesceTurn, sends the items of one turn as one group although more could be in flight', async () => {
    const { groups, run } = recorder(echo);
    const batcher = new GroupCommit(run, { maxInFlight: 4, maxWeight: 100, coalesceTurn: true });
    const results = await Promise.all(['a', 'b', 'c'].map((name) => batcher.submit(item(name))));
    expect(results).toEqual(['ok:a', 'ok:b', 'ok:c']);
    expect(groups).toEqual([['a', 'b', 'c']]);
    // Without it, an idle slot takes each item at once.
    const eager = recorder(echo);
    const direct = new GroupCommit(eager.run, { maxInFlight: 4, maxWeight: 100 });
    await Promise.all(['a', 'b', 'c'].map((name) => direct.submit(item(name))));
    expect(eager.groups).toEqual([['a'], ['b'], ['c']]);
  });

  it('closes a group before it would exceed maxEvents', async () => {
    const { groups, run } = recorder(echo);
    const batcher = new GroupCommit(run, { maxInFlight: 1, maxWeight: 5 });
    await Promise.all(
      [item('a', 1), item('b', 3), item('c', 3), item('d', 9), item('e', 1)].map((entry) =>
        batcher.submit(entry),
      ),
    );
    expect(groups).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
  });

  it('refuses one append of a group without failing the others', async () => {
    const refusal = new Error('refused');
    const batcher = new GroupCommit(
      async (items: readonly Item[]) => items.map((entry) => (entry.name === 'bad' ? refusal : entry.name)),
      { maxInFlight: 1, maxWeight: 100 },
    );
    const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((name) => batcher.submit(item(name))));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('retries each append alone when a whole group fails, so only the culprit fails', async () => {
    const { groups, run } = recorder(async (items) => {
      if (items.length > 1 && items.some((entry) => entry.name === 'poison'))
        throw new Error('invalid input syntax');
      if (items[0]?.name === 'poison') throw new Error('invalid input syntax');
      return items.map((entry) => entry.name);
    });
    const batcher = new GroupCommit(run, { maxInFlight: 1, maxWeight: 100 });
    const outcomes = await Promise.allSettled(
      ['first', 'a', 'poison', 'b'].map((name) => batcher.submit(item(name))),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(groups).toEqual([['first'], ['a', 'poison', 'b'], ['a'], ['poison'], ['b']]);
  });

  it('fails the whole group at once when the database is unavailable', async () => {
    const { groups, run } = recorder(async () => {
      throw new EventStoreUnavailableError('down');
    });
    const batcher = new GroupCommit(run, { maxInFlight: 1, maxWeight: 100 });
    const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((name) => batcher.submit(item(name))));
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ status: 'rejected', reason: { name: 'EventStoreUnavailableError' } });
    expect(groups).toEqual([['a'], ['b', 'c']]);
  });
});
