/** Dependency-injection tokens of the auth library. */
export const AUTH_TOKEN_VERIFIER: unique symbol = Symbol('AUTH_TOKEN_VERIFIER');
export const RATE_LIMITER_OPTIONS: unique symbol = Symbol('RATE_LIMITER_OPTIONS');
/**
 * Optional: `(organizationId) => path from the root down to it`, or undefined when unknown. With it, the
 * guard refuses tokens whose claims disagree with the organisation tree (a `schoolId` outside `org`).
 */
export const ORGANIZATION_PATHS: unique symbol = Symbol('ORGANIZATION_PATHS');
export type OrganizationPaths = (organizationId: string) => Promise<readonly string[] | undefined>;
