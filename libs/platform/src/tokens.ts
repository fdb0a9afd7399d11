/** Injection tokens for the infrastructure every role shares. */
export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
export const SQL_CLIENT = Symbol('SQL_CLIENT');
export const EVENT_STORE = Symbol('EVENT_STORE');
/** Wakes the in-process projector after an append; a no-op when the projector runs elsewhere. */
export const PROJECTOR_NUDGE = Symbol('PROJECTOR_NUDGE');
/** The versioned policies in force, loaded and validated at start-up. */
export const POLICY_SET = Symbol('POLICY_SET');
