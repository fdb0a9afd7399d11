import { Reflector } from '@nestjs/core';
import { SignJWT } from 'jose';
import { AuthenticationError, RateLimitedError } from './auth.errors.js';
import { AuthGuard } from './auth.guard.js';
import { type AuthenticatedRequest } from './bearer-token.js';
import { RateLimiter } from './rate-limiter.js';
import { TokenVerifier } from './token-verifier.js';

const SECRET = 'a-development-secret-of-enough-length-0123456789';
const claims = { roles: ['admin'], org: 'hetang' };

function token(sub: string, secret = SECRET): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret));
}

const request = (ip: string, bearer?: string): AuthenticatedRequest => ({
  ip,
  headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('failed authentications counted by AuthGuard', () => {
  const guard = (): AuthGuard =>
    new AuthGuard(
      new TokenVerifier({ jwtSecret: SECRET }),
      new Reflector(),
      new RateLimiter({ limits: { 'auth-failure': { limit: 3, windowSeconds: 600 } } }),
    );

  it('counts tokens guessed on a public route that reads a token when one is sent', async () => {
    const gate = guard();
    const forged = await token('admin-1', 'another-secret-that-is-long-enough-0123456789');
    expect(await gate.authenticateIfPresent(request('192.0.2.1'))).toBeUndefined();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await failure(gate.authenticateIfPresent(request('192.0.2.1', forged)))).toBeInstanceOf(
        AuthenticationError,
      );
    }
    // The third failure empties the budget: it and everything after answer 429.
    expect(await failure(gate.authenticateIfPresent(request('192.0.2.1', forged)))).toBeInstanceOf(
      RateLimitedError,
    );
    const valid = await token('admin-1');
    expect(await failure(gate.authenticateIfPresent(request('192.0.2.1', valid)))).toBeInstanceOf(
      RateLimitedError,
    );
  });

  it('counts failures by the subject a token names across addresses, never holding back a valid token', async () => {
    const gate = guard();
    const forged = await token('victim', 'another-secret-that-is-long-enough-0123456789');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await failure(gate.authenticateIfPresent(request(`198.51.100.${attempt}`, forged)));
    }
    expect(await failure(gate.authenticateIfPresent(request('198.51.100.200', forged)))).toBeInstanceOf(
      RateLimitedError,
    );
    await expect(
      gate.authenticateIfPresent(request('198.51.100.201', await token('victim'))),
    ).resolves.toMatchObject({
      sub: 'victim',
    });
  });
});
