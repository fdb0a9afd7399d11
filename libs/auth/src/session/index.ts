export * from './session-cookie.js';
export * from './session-secrets.js';
export * from './session-store.js';
export * from './session.migrations.js';
export * from './session.tokens.js';
export * from './provider-claims.js';
