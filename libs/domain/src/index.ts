export * from './shared/errors.js';
export * from './shared/event.js';
export * from './organization/organization.events.js';
export * from './activity/activity.events.js';
export * from './volunteer/volunteer.events.js';
export * from './events.js';
export * from './shared/time.js';
export * from './balance/volunteer-balance.js';
