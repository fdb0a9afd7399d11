import { type EventStore } from './event-store.port.js';
import { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
import { type SqlClient } from '@vl/sql';

export interface CreateEventStoreOptions {
  /** The database for the SQL store (PostgreSQL or PGlite); used when no eventStoreUrl is given. */
  readonly sql?: SqlClient;
  /** An EventStoreDB connection string (esdb://...); takes precedence over sql. */
  readonly eventStoreUrl?: string;
  readonly postgres?: PostgresEventStoreOptions;
}

/** EventStoreDB when a URL is configured, otherwise the SQL store on the given client. */
export async function createEventStore(options: CreateEventStoreOptions): Promise<EventStore> {
  if (options.eventStoreUrl) {
    // Loaded only here: its gRPC client is megabytes of heap a SQL-backed service never uses.
    const { EsdbEventStore } = await import('./esdb/esdb-event-store.js');
    return EsdbEventStore.connect(options.eventStoreUrl);
  }
  if (!options.sql) throw new Error('createEventStore needs an eventStoreUrl or a SQL client');
  return PostgresEventStore.create(options.sql, options.postgres);
}
