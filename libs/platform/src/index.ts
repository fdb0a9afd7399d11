export * from './tokens.js';
export * from './ledger-infrastructure.module.js';
