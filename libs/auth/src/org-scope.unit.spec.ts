import { type Actor } from '@vl/domain';
import { AccessDeniedError } from './auth.errors.js';
import { assertCovers, assertSystemAdmin, covers, isOwnVolunteer, isSystemAdmin } from './org-scope.js';

const compound = ['zhuzhou', 'hetang', 'songjiaqiao', 'community-7', 'compound-3'];

describe('covers', () => {
  it('lets the root cover every node', () => {
    expect(covers('*', compound)).toBe(true);
    expect(covers('*', ['zhuzhou'])).toBe(true);
  });

  it('lets a node cover itself and its subtree', () => {
    expect(covers('zhuzhou', compound)).toBe(true);
    expect(covers('hetang', compound)).toBe(true);
    expect(covers('compound-3', compound)).toBe(true);
  });

  it('does not let a node cover its ancestors, siblings or another tree', () => {
    expect(covers('compound-3', ['zhuzhou', 'hetang', 'songjiaqiao', 'community-7'])).toBe(false);
    expect(covers('tianyuan', compound)).toBe(false);
    expect(covers('hetang', [])).toBe(false);
  });

  it('matches whole ids, not prefixes', () => {
    expect(covers('heta', compound)).toBe(false);
    expect(covers('community-', compound)).toBe(false);
  });
});

describe('system administrator and scope assertions', () => {
  const rootAdmin: Actor = { sub: 'root', roles: ['admin'], org: '*' };
  const rootAuditor: Actor = { sub: 'aud', roles: ['auditor'], org: '*' };
  const districtAdmin: Actor = { sub: 'd', roles: ['admin'], org: 'hetang' };

  it('knows the root-bound admin, and only that actor', () => {
    expect(isSystemAdmin(rootAdmin)).toBe(true);
    expect(isSystemAdmin(rootAuditor)).toBe(false);
    expect(isSystemAdmin(districtAdmin)).toBe(false);
    expect(() => assertSystemAdmin(districtAdmin)).toThrow(
      expect.objectContaining({ code: 'SYSTEM_ADMIN_ONLY' }),
    );
  });

  it('refuses a node outside the subtree with NOT_IN_SCOPE', () => {
    expect(() => assertCovers(districtAdmin, compound)).not.toThrow();
    const outside = ['zhuzhou', 'tianyuan', 'community-1'];
    expect(() => assertCovers(districtAdmin, outside)).toThrow(AccessDeniedError);
    expect(() => assertCovers(districtAdmin, outside)).toThrow(
      expect.objectContaining({ code: 'NOT_IN_SCOPE' }),
    );
  });
});

describe('isOwnVolunteer', () => {
  it('matches a volunteer token to its own volunteer id only', () => {
    const volunteer: Actor = { sub: 'v', roles: ['volunteer'], org: 'community-7', volunteerId: 'vol-1' };
    expect(isOwnVolunteer(volunteer, 'vol-1')).toBe(true);
    expect(isOwnVolunteer(volunteer, 'vol-2')).toBe(false);
    expect(
      isOwnVolunteer({ sub: 'o', roles: ['organizer'], org: 'community-7', volunteerId: 'vol-1' }, 'vol-1'),
    ).toBe(false);
  });
});
