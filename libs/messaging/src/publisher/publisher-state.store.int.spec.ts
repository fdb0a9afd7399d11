import { volunteerStream } from '@vl/domain';
import { PostgresEventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { confirmedSession, registration } from '../testing/ledger-fixtures.js';
import { PUBLISHER_MIGRATIONS } from './publisher.migrations.js';
import { PublisherStateStore } from './publisher-state.store.js';

describe('PublisherStateStore', () => {
  let sql: SqlClient;
  let store: PostgresEventStore;

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://' });
    store = await PostgresEventStore.create(sql);
    await runMigrations(sql, 'publisher', PUBLISHER_MIGRATIONS);
  });

  afterAll(async () => {
    await store?.close();
    await sql?.close();
  });

  it('rebuilds the volunteer state of a row stored before derived state was kept, from the events before the batch', async () => {
    const { position } = await store.append(
      volunteerStream('v1'),
      [registration('v1'), ...confirmedSession('v1', 's1', 30), ...confirmedSession('v1', 's2', 20, 2)],
      'no_stream',
    );
    const balance = {
      volunteerId: 'v1',
      confirmedMinutes: 30,
      pendingMinutes: 0,
      byYear: {},
      byCategory: {},
      sessions: {},
    };
    await sql.query(
      `insert into publisher_balances (publisher, volunteer_id, balance, position) values ('old', 'v1', $1::jsonb, 4)`,
      [JSON.stringify(balance)],
    );
    // The batch about to be planned starts with s2's check-in: s1 is confirmed, s2 not yet seen.
    const loaded = await new PublisherStateStore(sql, 'old', store).loadVolunteers(['v1'], position - 2);
    const volunteer = loaded.get('v1');
    expect(volunteer?.balance).toEqual(balance);
    expect(volunteer?.eligibility).toEqual({});
    expect(volunteer?.volunteer.status).toBe('Registered');
    if (volunteer?.volunteer.status !== 'Registered') throw new Error('expected a registered volunteer');
    expect(Object.keys(volunteer.volunteer.sessions)).toEqual(['s1']);
    expect(volunteer.volunteer.sessions.s1?.phase).toBe('Confirmed');
  });

  it('stores and loads the derived state with the balance, in one row per volunteer', async () => {
    const state = new PublisherStateStore(sql, 'new', store);
    const loaded = await state.loadVolunteers(['v1']);
    expect(loaded.size).toBe(0);
    const old = await new PublisherStateStore(sql, 'old', store).loadVolunteers(['v1']);
    await state.commit(9, old);
    expect(await state.loadVolunteers(['v1'])).toEqual(old);
    expect(await state.readCheckpoint()).toBe(9);
  });
});
