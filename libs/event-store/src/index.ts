export * from './event-store.port.js';
export * from './sql/sql-client.js';
