import { SetMetadata } from '@nestjs/common';
import { type Actor, ROLES, type Role } from '@vl/domain';

/**
 * What a route allows. `public` needs no token and is rate-limited per client (by the named limit, or the
 * `public` one). `roles` needs a token with one of the roles; `write` marks a route that changes the ledger,
 * which an auditor never passes.
 */
export type AccessRule = PublicAccessRule | RolesAccessRule;
export interface PublicAccessRule {
  readonly kind: 'public';
  readonly rateLimit?: string;
}
export interface RolesAccessRule {
  readonly kind: 'roles';
  readonly roles: readonly Role[];
  readonly write: boolean;
}

export const ACCESS_RULE_KEY = 'vl:access-rule';

/**
 * Declares a route's (or a whole controller's) rule; the method's rule wins over the class's. A malformed
 * rule throws when the module loads, so a typo cannot ship as an open route.
 */
export const Access = (rule: AccessRule): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE_KEY, validateAccessRule(rule));

export const Public = (options: { rateLimit?: string } = {}): MethodDecorator =>
  Access({ kind: 'public', ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }) });

export function validateAccessRule(rule: AccessRule): AccessRule {
  const problem = accessRuleProblem(rule);
  if (problem !== undefined) throw new Error(`Invalid access rule ${JSON.stringify(rule)}: ${problem}`);
  return Object.freeze(
    rule.kind === 'roles' ? { ...rule, roles: Object.freeze([...rule.roles]) } : { ...rule },
  );
}

/** Metadata is untyped at run time: anything that is not a well-formed rule counts as no rule at all. */
export function isAccessRule(value: unknown): value is AccessRule {
  return typeof value === 'object' && value !== null && accessRuleProblem(value as AccessRule) === undefined;
}

function accessRuleProblem(rule: AccessRule): string | undefined {
  switch (rule.kind) {
    case 'public':
      if (
        rule.rateLimit !== undefined &&
        (typeof rule.rateLimit !== 'string' || rule.rateLimit.length === 0)
      ) {
        return 'rateLimit must name a limit';
      }
      return undefined;
    case 'roles':
      if (typeof rule.write !== 'boolean') return 'write must be true or false';
      if (!Array.isArray(rule.roles) || rule.roles.length === 0) return 'roles must list at least one role';
      if (!rule.roles.every((role) => (ROLES as readonly unknown[]).includes(role)))
        return `roles must be among ${ROLES.join(', ')}`;
      if (rule.write && rule.roles.includes('auditor')) return 'an auditor never writes';
      return undefined;
    default:
      return 'kind must be public or roles';
  }
}

export type RoleDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: 'ROLE_NOT_ALLOWED' | 'READ_ONLY_ROLE' };

/** An auditor reads wherever an admin may read and never writes (SPEC §2). */
export function evaluateRoles(rule: RolesAccessRule, actor: Actor): RoleDecision {
  const passes = (role: Role): boolean =>
    role === 'auditor'
      ? !rule.write && (rule.roles.includes('admin') || rule.roles.includes('auditor'))
      : rule.roles.includes(role);
  if (actor.roles.some(passes)) return { allowed: true };
  const auditorOnWrite = rule.write && actor.roles.includes('auditor') && rule.roles.includes('admin');
  return { allowed: false, code: auditorOnWrite ? 'READ_ONLY_ROLE' : 'ROLE_NOT_ALLOWED' };
}
