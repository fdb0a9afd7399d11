import { randomUUID } from 'node:crypto';
import { encodeEvent, volunteerStream } from '@vl/domain';
import { createEventStore, type EventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { registered } from '../../domain/src/testing/fixtures.js';
import { READ_MODEL_MIGRATIONS } from './migrations.js';
import { Projector } from './projector.js';

// The projector's loop on embedded PGlite: batch sizes and the report when it has caught up.

const VOLUNTEERS = 2_400;

describe('Projector on embedded PGlite', () => {
  let sql: SqlClient;
  let store: EventStore;

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://', schema: 'projector_loop' });
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    store = await createEventStore({ sql });
    for (let index = 0; index < VOLUNTEERS; index += 1) {
      const volunteerId = `v-${index}`;
      await store.append(
        volunteerStream(volunteerId),
        [
          {
            id: randomUUID(),
            ...encodeEvent(registered(volunteerId), {
              occurredAt: '2024-07-01T00:00:00.000Z',
              recordedAt: '2024-07-01T00:00:00.000Z',
              actor: 'test',
              correlationId: 'test',
            }),
          },
        ],
        'no_stream',
      );
    }
  });

  afterAll(async () => {
    await store.close();
    await sql.close();
  });

  it('reports once, with the whole backlog, when it has caught up, in batches of at most 1,000 events', async () => {
    const caughtUp: number[] = [];
    const checkpoints: number[] = [];
    const projector = new Projector(sql, store, {
      timeZone: 'Asia/Shanghai',
      idleMs: 5,
      onCaughtUp: (projected) => caughtUp.push(projected),
    });
    projector.onProgress((position) => checkpoints.push(position));
    await projector.start();
    try {
      const deadline = Date.now() + 60_000;
      while (caughtUp.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // A few idle polls more: nothing new is not reported again.
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await projector.stop();
    }
    expect(caughtUp).toEqual([VOLUNTEERS]);
    expect(checkpoints.at(-1)).toBe(await store.headPosition());
    const sizes = checkpoints.map((position, index) => position - (checkpoints[index - 1] ?? 0));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1000);
  });

  it('lets the process run its timers and requests between batches while it catches up', async () => {
    // PGlite answers on the microtask queue: a loop that only awaited it would starve every timer (and
    // every HTTP request) until the whole backlog was projected.
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks += 1;
    }, 0);
    const ticksAtBatch: number[] = [];
    const projector = new Projector(sql, store, { timeZone: 'Asia/Shanghai', batchSize: 200 });
    projector.onProgress(() => ticksAtBatch.push(ticks));
    try {
      await projector.rebuild();
    } finally {
      clearInterval(ticker);
    }
    expect(ticksAtBatch).toHaveLength(VOLUNTEERS / 200);
    // Timers ran during the catch-up, not only once it was over.
    expect(ticksAtBatch.at(-1)).toBeGreaterThan(ticksAtBatch[0] ?? 0);
  });
});
