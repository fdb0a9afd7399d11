import { postgresSkipReason, testDatabaseUrl, uniqueSchema } from '@vl/testing';
import pg from 'pg';
import { EsdbEventStore } from './esdb/esdb-event-store.js';
import { type EventStore } from './event-store.port.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { createSqlClient, type SqlClient } from '@vl/sql';
import { type ConformanceHarness, describeEventStoreConformance } from './testing/event-store.conformance.js';

describeEventStoreConformance(
  'PostgresEventStore on PGlite (in memory)',
  async (): Promise<ConformanceHarness> => {
    const sql = await createSqlClient({ dataDir: 'memory://', schema: 'event_store' });
    return {
      // Several stores on one PGlite instance: separate group-commit queues over its single connection.
      open: () => PostgresEventStore.create(sql),
      dispose: () => sql.close(),
    };
  },
);

const databaseUrl = testDatabaseUrl();
describeEventStoreConformance(
  'PostgresEventStore on the PostgreSQL server',
  async (): Promise<ConformanceHarness> => {
    const url = databaseUrl ?? '';
    const schema = uniqueSchema('es_conformance');
    const clients: SqlClient[] = [];
    return {
      // Each store gets its own pool, as separate processes would.
      open: async (): Promise<EventStore> => {
        const sql = await createSqlClient({ databaseUrl: url, schema, poolSize: 4 });
        clients.push(sql);
        return PostgresEventStore.create(sql);
      },
      dispose: async () => {
        await Promise.all(clients.map((sql) => sql.close()));
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        try {
          await admin.query(`drop schema if exists ${schema} cascade`);
        } finally {
          await admin.end();
        }
      },
    };
  },
  { skipReason: databaseUrl ? postgresSkipReason() : (postgresSkipReason() ?? 'no PostgreSQL URL') },
);

const eventStoreUrl = process.env.EVENTSTORE_URL;
describeEventStoreConformance(
  'EsdbEventStore on EventStoreDB',
  async (): Promise<ConformanceHarness> => ({
    open: async () => EsdbEventStore.connect(eventStoreUrl ?? ''),
    dispose: async () => undefined,
  }),
  {
    // EventStoreDB scopes event ids to a stream, so an id reused in another stream is not refused.
    rejectsDuplicateIdsElsewhere: false,
    skipReason: eventStoreUrl
      ? undefined
      : 'EVENTSTORE_URL is not set, so there is no EventStoreDB server to test',
  },
);
