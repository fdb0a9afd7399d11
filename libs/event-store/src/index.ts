export * from './event-store.port.js';
export * from './postgres/postgres-event-store.js';
export { EVENT_STORE_MIGRATIONS, APPEND_CHANNEL } from './postgres/event-store.migrations.js';
// A type only: the EventStoreDB client (gRPC and protobuf) is loaded when a deployment configures it.
export type { EsdbEventStore } from './esdb/esdb-event-store.js';
export * from './create-event-store.js';
