import { actorFromClaims } from './actor-claims.js';
import { AuthenticationError } from './auth.errors.js';

const organizer = { sub: 'user-1', roles: ['organizer'], org: 'district-hetang' };

function claimAtFault(payload: Record<string, unknown>): string | undefined {
  try {
    actorFromClaims(payload);
  } catch (error) {
    if (error instanceof AuthenticationError && error.code === 'CLAIMS_INVALID') return error.claim;
    throw error;
  }
  return undefined;
}

describe('actorFromClaims', () => {
  it('reads an actor and keeps only the claims it knows', () => {
    expect(actorFromClaims({ ...organizer, iat: 1, exp: 2, extra: 'ignored' })).toEqual(organizer);
    expect(
      actorFromClaims({
        sub: 'v',
        roles: ['volunteer', 'school'],
        org: '*',
        volunteerId: 'vol-1',
        schoolId: 'sch-1',
      }),
    ).toEqual({
      sub: 'v',
      roles: ['volunteer', 'school'],
      org: '*',
      volunteerId: 'vol-1',
      schoolId: 'sch-1',
    });
  });

  it.each([
    ['sub', { ...organizer, sub: undefined }],
    ['sub', { ...organizer, sub: '' }],
    ['sub', { ...organizer, sub: 42 }],
    ['sub', { ...organizer, sub: 'x'.repeat(129) }],
    ['sub', { ...organizer, sub: 'line\nbreak' }],
    ['roles', { ...organizer, roles: undefined }],
    ['roles', { ...organizer, roles: [] }],
    ['roles', { ...organizer, roles: 'admin' }],
    ['roles', { ...organizer, roles: ['superuser'] }],
    ['roles', { ...organizer, roles: ['admin', 'admin'] }],
    ['roles', { ...organizer, roles: [{ role: 'admin' }] }],
    ['org', { ...organizer, org: undefined }],
    ['org', { ...organizer, org: '' }],
    ['org', { ...organizer, org: 'a/b' }],
    ['org', { ...organizer, org: '**' }],
    ['org', { ...organizer, org: 'x'.repeat(65) }],
    ['volunteerId', { ...organizer, roles: ['volunteer'] }],
    ['volunteerId', { ...organizer, roles: ['volunteer'], volunteerId: 'bad id' }],
    ['volunteerId', { ...organizer, volunteerId: 7 }],
    ['schoolId', { ...organizer, roles: ['school'] }],
    ['schoolId', { ...organizer, roles: ['school'], schoolId: "x'; DROP TABLE" }],
  ])('refuses a bad "%s" claim and names it', (claim, payload) => {
    expect(claimAtFault(payload)).toBe(claim);
  });

  it('accepts a sub of exactly 128 characters', () => {
    expect(actorFromClaims({ ...organizer, sub: 'x'.repeat(128) }).sub).toHaveLength(128);
  });

  it('says which claim is wrong in its message', () => {
    expect(() => actorFromClaims({ ...organizer, roles: ['root'] })).toThrow(/claim "roles"/);
  });
});

describe('actorFromClaims on a sub with what free text refuses', () => {
  it.each([
    ['a right-to-left override', 'admin\u202Egnp.exe'],
    ['a first-strong isolate', 'user\u2068x'],
    ['a byte order mark', '\uFEFFroot'],
    ['a line break', 'root\nforged log line'],
    ['a lone surrogate', 'user\uD800'],
  ])('refuses %s', (_, sub) => {
    expect(claimAtFault({ ...organizer, sub })).toBe('sub');
  });

  it('keeps any script and emoji', () => {
    expect(actorFromClaims({ ...organizer, sub: '张小青 👍' }).sub).toBe('张小青 👍');
  });
});
