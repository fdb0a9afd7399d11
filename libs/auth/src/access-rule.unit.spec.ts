import { type Actor, type Role } from '@vl/domain';
import {
  ACCESS_RULE_KEY,
  Access,
  type AccessRule,
  Public,
  evaluateRoles,
  isAccessRule,
  type RolesAccessRule,
} from './access-rule.js';

const actor = (...roles: Role[]): Actor => ({ sub: 'u', roles, org: 'hetang' });
const read = (...roles: Role[]): RolesAccessRule => ({ kind: 'roles', roles, write: false });
const write = (...roles: Role[]): RolesAccessRule => ({ kind: 'roles', roles, write: true });

describe('evaluateRoles', () => {
  it('allows an actor holding one of the roles', () => {
    expect(evaluateRoles(read('organizer', 'admin'), actor('organizer'))).toEqual({ allowed: true });
    expect(evaluateRoles(write('admin'), actor('volunteer', 'admin'))).toEqual({ allowed: true });
  });

  it('refuses an actor holding none of them', () => {
    expect(evaluateRoles(read('admin'), actor('volunteer'))).toEqual({
      allowed: false,
      code: 'ROLE_NOT_ALLOWED',
    });
    expect(evaluateRoles(write('school'), actor('organizer'))).toEqual({
      allowed: false,
      code: 'ROLE_NOT_ALLOWED',
    });
  });

  it('lets an auditor read wherever an admin may read', () => {
    expect(evaluateRoles(read('admin'), actor('auditor'))).toEqual({ allowed: true });
    expect(evaluateRoles(read('auditor'), actor('auditor'))).toEqual({ allowed: true });
    expect(evaluateRoles(read('volunteer', 'organizer'), actor('auditor'))).toEqual({
      allowed: false,
      code: 'ROLE_NOT_ALLOWED',
    });
  });

  it('never lets an auditor write, even where an admin may', () => {
    expect(evaluateRoles(write('admin'), actor('auditor'))).toEqual({
      allowed: false,
      code: 'READ_ONLY_ROLE',
    });
    expect(evaluateRoles(write('admin', 'organizer'), actor('auditor', 'organizer'))).toEqual({
      allowed: true,
    });
  });
});

describe('Access and Public', () => {
  class Routes {
    list(): void {}
    verify(): void {}
  }

  it('store the rule where the guard and the route listing read it', () => {
    const descriptor = {
      value: Routes.prototype.list,
      writable: true,
      enumerable: false,
      configurable: true,
    };
    Access(read('admin'))(Routes.prototype, 'list', descriptor);
    expect(Reflect.getMetadata(ACCESS_RULE_KEY, Routes.prototype.list)).toEqual(read('admin'));
    const verify = { value: Routes.prototype.verify, writable: true, enumerable: false, configurable: true };
    Public({ rateLimit: 'certificate-verification' })(Routes.prototype, 'verify', verify);
    expect(Reflect.getMetadata(ACCESS_RULE_KEY, Routes.prototype.verify)).toEqual({
      kind: 'public',
      rateLimit: 'certificate-verification',
    });
  });

  it.each<[string, AccessRule]>([
    ['no roles', { kind: 'roles', roles: [], write: false }],
    ['an unknown role', { kind: 'roles', roles: ['root' as Role], write: false }],
    ['an auditor on a write', { kind: 'roles', roles: ['admin', 'auditor'], write: true }],
    ['an empty rate limit name', { kind: 'public', rateLimit: '' }],
  ])('throw at declaration for a rule with %s', (_case, rule) => {
    expect(() => Access(rule)).toThrow(/Invalid access rule/);
  });

  it('treat anything that is not a rule as no rule', () => {
    expect(isAccessRule(undefined)).toBe(false);
    expect(isAccessRule({ kind: 'roles' })).toBe(false);
    expect(isAccessRule({ kind: 'open' })).toBe(false);
    expect(isAccessRule({ kind: 'roles', roles: ['admin'], write: 'no' })).toBe(false);
    expect(isAccessRule({ kind: 'public' })).toBe(true);
  });
});
