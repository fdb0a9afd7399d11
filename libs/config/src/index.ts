export * from './config.js';
export * from './policy-files.js';
export * from './sign-in-config.js';
