/** Dependency-injection tokens of the auth library. */
export const AUTH_TOKEN_VERIFIER: unique symbol = Symbol('AUTH_TOKEN_VERIFIER');
export const RATE_LIMITER_OPTIONS: unique symbol = Symbol('RATE_LIMITER_OPTIONS');
