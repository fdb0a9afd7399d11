export * from './import-problem.js';
export * from './import-columns.js';
export * from './decode-text.js';
export * from './read-table.js';
export * from './parse-rows.js';
export * from './cross-check-rows.js';
export * from './import-ids.js';
export * from './import-hours.js';
