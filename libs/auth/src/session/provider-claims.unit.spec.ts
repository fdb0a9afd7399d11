import { AuthenticationError } from '../auth.errors.js';
import { claimAt, identityFromProviderClaims, type ProviderClaimNames } from './provider-claims.js';

const DEFAULT_NAMES: ProviderClaimNames = {
  roles: 'roles',
  org: 'org',
  volunteerId: 'volunteerId',
  schoolId: 'schoolId',
  displayName: 'name',
};

function refusal(run: () => unknown): AuthenticationError {
  try {
    run();
  } catch (error) {
    if (error instanceof AuthenticationError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('identityFromProviderClaims', () => {
  it('reads the ledger claims under their own names', () => {
    const identity = identityFromProviderClaims(
      { sub: 'u-1', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v1', name: '张小青' },
      DEFAULT_NAMES,
    );
    expect(identity).toEqual({
      actor: { sub: 'u-1', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v1' },
      displayName: '张小青',
    });
  });

  it('follows a mapping, into nested objects and from a space-separated roles string', () => {
    const names = {
      ...DEFAULT_NAMES,
      roles: 'ledger.roles',
      org: 'department',
      schoolId: 'https://ledger.example.cn/school',
    };
    const identity = identityFromProviderClaims(
      {
        sub: 'office-7',
        ledger: { roles: 'school auditor' },
        department: 'no2',
        'https://ledger.example.cn/school': 'no2',
        preferred_username: 'no2-office',
      },
      names,
    );
    expect(identity).toEqual({
      actor: { sub: 'office-7', roles: ['school', 'auditor'], org: 'no2', schoolId: 'no2' },
      displayName: 'no2-office',
    });
  });

  it('refuses claims out of place, naming the provider claim', () => {
    const names = { ...DEFAULT_NAMES, roles: 'groups' };
    const unknownRole = refusal(() =>
      identityFromProviderClaims(
        { sub: 'u', groups: ['volunteer', 'wizard'], org: 'x', volunteerId: 'v' },
        names,
      ),
    );
    expect(unknownRole).toMatchObject({ code: 'CLAIMS_INVALID', claim: 'roles' });
    expect(unknownRole.message).toContain('"groups"');
    expect(
      refusal(() => identityFromProviderClaims({ sub: 'u', roles: ['volunteer'], org: 'x' }, DEFAULT_NAMES)),
    ).toMatchObject({ claim: 'volunteerId' });
    expect(
      refusal(() => identityFromProviderClaims({ roles: ['admin'], org: 'x' }, DEFAULT_NAMES)),
    ).toMatchObject({ claim: 'sub' });
  });

  it('names the person by the mapped claim, else preferred_username, else sub', () => {
    const base = { sub: 'u-9', roles: ['admin'], org: 'hetang' };
    expect(identityFromProviderClaims({ ...base, name: '\u0007' }, DEFAULT_NAMES).displayName).toBe('u-9');
    expect(
      identityFromProviderClaims({ ...base, nickname: '荷塘' }, { ...DEFAULT_NAMES, displayName: 'nickname' })
        .displayName,
    ).toBe('荷塘');
  });
});

describe('claimAt', () => {
  it('prefers a claim whose name has dots over a path', () => {
    expect(claimAt({ 'a.b': 1, a: { b: 2 } }, 'a.b')).toBe(1);
    expect(claimAt({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(claimAt({ a: [{ b: 2 }] }, 'a.b')).toBeUndefined();
    expect(claimAt({}, 'constructor')).toBeUndefined();
  });
});
