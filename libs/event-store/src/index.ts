export * from './event-store.port.js';
export * from './postgres/postgres-event-store.js';
export { EVENT_STORE_MIGRATIONS, APPEND_CHANNEL } from './postgres/event-store.migrations.js';
export * from './esdb/esdb-event-store.js';
export * from './create-event-store.js';
