import { type EventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { faultyTransactions } from '../../libs/event-store/src/testing/faulty-transactions.js';
import { Projector, READ_MODEL_MIGRATIONS } from '@vl/read-model';
import { EVENT_STORE, SQL_CLIENT } from '@vl/platform';
import { postgresSkipReason, testDatabaseUrl, uniqueSchema } from '@vl/testing';
import { AccessWorld } from '../support/access-world.js';
import { startTestLedger, type TestLedger } from '../support/ledger-app.js';
import { dumpReadModelOf } from '../support/read-model-dump.js';

const skip = postgresSkipReason();
const maybe = skip ? it.skip : it;
if (skip) console.warn(`Projector restart suite skipped: ${skip}`);

describe('projector killed mid-stream and restarted, on PostgreSQL', () => {
  let ledger: TestLedger;
  let world: AccessWorld;
  let replica: SqlClient;
  const replicaSchema = uniqueSchema('rm_restart');

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger('postgres');
    world = await AccessWorld.build(ledger);
    replica = await createSqlClient({ databaseUrl: testDatabaseUrl(), schema: replicaSchema });
    await runMigrations(replica, 'read-model', READ_MODEL_MIGRATIONS);
  });

  afterAll(async () => {
    if (skip) return;
    await replica?.exec(`drop schema if exists ${replicaSchema} cascade`);
    await replica?.close();
    await ledger?.close();
  });

  maybe('loses no minute and counts none twice, however often it dies', async () => {
    // A ledger with every kind of session change, kept live by the service's own projector.
    for (let v = 0; v < 6; v += 1) {
      const volunteerId = await world.volunteer('in');
      const activityId = await world.activity('in');
      const sessionId = await world.session(volunteerId, activityId, v % 3 === 0 ? 'pending' : 'confirmed');
      if (v % 3 === 1)
        await world.expectOk(`/sessions/${sessionId}/corrections`, { minutes: 37, reason: '更正' });
      if (v % 3 === 2) await world.expectOk(`/sessions/${sessionId}/revocation`, { reason: '代签' });
    }
    const store = ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    const head = await store.headPosition();

    // A second copy of the read models, built by a projector that is killed again and again mid-batch.
    let kills = 0;
    let killAt = 2;
    for (;;) {
      let killed = false;
      const projector: Projector = new Projector(
        // The killAt-th transaction does its work and dies before committing, as a process killed
        // mid-batch would; the projector is then stopped for good, as the process is gone.
        faultyTransactions(replica, (attempt) => {
          if (attempt < killAt) return 'none';
          killed = true;
          return 'dies-before-commit';
        }),
        store,
        { timeZone: ledger.config.timezone, batchSize: 3, idleMs: 5 },
      );
      await projector.start();
      const deadline = Date.now() + 30_000;
      while (!killed && projector.checkpoint < head && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await projector.stop();
      if (!killed) break;
      kills += 1;
      killAt += 1;
    }
    const finished = new Projector(replica, store, { timeZone: ledger.config.timezone });
    expect(await finished.catchUp()).toBe(head);
    expect(kills).toBeGreaterThanOrEqual(3);

    // The service's own read models, never killed, are the reference: row for row the same.
    await ledger.app.app.get(Projector).catchUp();
    const liveSql = ledger.app.app.get<symbol, SqlClient>(SQL_CLIENT);
    expect(await dumpReadModelOf(replica)).toEqual(await dumpReadModelOf(liveSql));
  });
});
