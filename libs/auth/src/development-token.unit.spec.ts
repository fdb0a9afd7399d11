import { decodeJwt } from 'jose';
import { AuthenticationError } from './auth.errors.js';
import { mintDevelopmentToken } from './development-token.js';
import { TokenVerifier } from './token-verifier.js';

const SECRET = 'a-development-secret-of-enough-length-0123456789';

describe('mintDevelopmentToken', () => {
  it('mints a token the verifier accepts, with the same actor', async () => {
    const claims = {
      sub: 'li.wei',
      roles: ['volunteer'],
      org: 'community-7',
      volunteerId: 'vol-42',
    };
    const token = await mintDevelopmentToken(SECRET, claims);
    await expect(new TokenVerifier({ jwtSecret: SECRET }).verify(token)).resolves.toEqual(claims);
  });

  it('sets the expiry, issuer and audience asked for', async () => {
    const token = await mintDevelopmentToken(
      SECRET,
      { sub: 'ops', roles: ['admin'], org: '*' },
      { expiresIn: '15m', issuer: 'volunteer-ledger-cli', audience: 'volunteer-ledger' },
    );
    const payload = decodeJwt(token);
    expect(payload).toMatchObject({ iss: 'volunteer-ledger-cli', aud: 'volunteer-ledger' });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(15 * 60);
    const verifier = new TokenVerifier({
      jwtSecret: SECRET,
      issuer: 'volunteer-ledger-cli',
      audience: 'volunteer-ledger',
    });
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'ops', org: '*' });
  });

  it('expires after an hour by default', async () => {
    const payload = decodeJwt(
      await mintDevelopmentToken(SECRET, { sub: 'ops', roles: ['auditor'], org: 'hetang' }),
    );
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3600);
  });

  it('refuses to mint claims the verifier would refuse', async () => {
    await expect(
      mintDevelopmentToken(SECRET, { sub: 'x', roles: ['school'], org: 'hetang' }),
    ).rejects.toThrow(AuthenticationError);
    await expect(mintDevelopmentToken(SECRET, { sub: 'x', roles: ['admin'], org: 'a b' })).rejects.toThrow(
      /claim "org"/,
    );
    await expect(mintDevelopmentToken(SECRET, { sub: 'x', roles: ['root'], org: '*' })).rejects.toThrow(
      /claim "roles"/,
    );
    await expect(mintDevelopmentToken('short', { sub: 'x', roles: ['admin'], org: '*' })).rejects.toThrow(
      /32/,
    );
  });
});
