export * from './config.js';
export * from './policy-files.js';
