export * from './migrations.js';
export * from './projector.js';
export * from './queries/read-model-status.js';
export * from './queries/balance.query.js';
export * from './queries/ledger.query.js';
export * from './queries/directory.query.js';
export * from './nest/tokens.js';
export * from './nest/ledger-infrastructure.module.js';
