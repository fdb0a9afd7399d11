import { RateLimitedError } from './auth.errors.js';
import { AUTH_FAILURE_LIMIT, DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limiter.js';

function limiterWithClock(options: { maxKeys?: number } = {}): {
  limiter: RateLimiter;
  advance: (seconds: number) => void;
} {
  let now = 1_700_000_000_000;
  const limiter = new RateLimiter({
    limits: { lookups: { limit: 3, windowSeconds: 60 } },
    now: () => now,
    ...options,
  });
  return { limiter, advance: (seconds) => (now += seconds * 1000) };
}

function thrown(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('RateLimiter', () => {
  it('lets the limit through, then refuses with the seconds until the next request may pass', () => {
    const { limiter } = limiterWithClock();
    for (let i = 0; i < 3; i += 1) limiter.consume('lookups', '10.0.0.1');
    const error = thrown(() => limiter.consume('lookups', '10.0.0.1'));
    expect(error).toBeInstanceOf(RateLimitedError);
    // 3 per 60 s refill one request every 20 s.
    expect(error).toMatchObject({ group: 'lookups', retryAfterSeconds: 20 });
  });

  it('refills evenly over the window', () => {
    const { limiter, advance } = limiterWithClock();
    for (let i = 0; i < 3; i += 1) limiter.consume('lookups', 'a');
    advance(15);
    expect(thrown(() => limiter.consume('lookups', 'a'))).toMatchObject({ retryAfterSeconds: 5 });
    advance(5);
    expect(() => limiter.consume('lookups', 'a')).not.toThrow();
    expect(() => limiter.consume('lookups', 'a')).toThrow(RateLimitedError);
    advance(60);
    for (let i = 0; i < 3; i += 1) limiter.consume('lookups', 'a');
    expect(() => limiter.consume('lookups', 'a')).toThrow(RateLimitedError);
  });

  it('never saves up more than the limit', () => {
    const { limiter, advance } = limiterWithClock();
    limiter.consume('lookups', 'a');
    advance(3600);
    for (let i = 0; i < 3; i += 1) limiter.consume('lookups', 'a');
    expect(() => limiter.consume('lookups', 'a')).toThrow(RateLimitedError);
  });

  it('counts each client and each group apart', () => {
    const { limiter } = limiterWithClock();
    for (let i = 0; i < 3; i += 1) limiter.consume('lookups', 'a');
    expect(() => limiter.consume('lookups', 'b')).not.toThrow();
    expect(() => limiter.consume('public', 'a')).not.toThrow();
  });

  it('records failures without throwing and refuses on the next check', () => {
    const { limiter, advance } = limiterWithClock();
    const { limit } = DEFAULT_RATE_LIMITS[AUTH_FAILURE_LIMIT] ?? { limit: 0 };
    for (let i = 0; i < limit + 5; i += 1) limiter.record(AUTH_FAILURE_LIMIT, 'a');
    expect(() => limiter.assertAllowed(AUTH_FAILURE_LIMIT, 'a')).toThrow(RateLimitedError);
    // Checking takes nothing, so a waiting client is not pushed further back by asking.
    advance(6);
    expect(() => limiter.assertAllowed(AUTH_FAILURE_LIMIT, 'a')).not.toThrow();
    expect(() => limiter.assertAllowed(AUTH_FAILURE_LIMIT, 'a')).not.toThrow();
  });

  it('forgets a client on reset', () => {
    const { limiter } = limiterWithClock();
    for (let i = 0; i < 3; i += 1) limiter.consume('lookups', 'a');
    limiter.reset('lookups', 'a');
    expect(() => limiter.consume('lookups', 'a')).not.toThrow();
  });

  it('keeps at most maxKeys clients, forgetting the least recently seen', () => {
    const { limiter } = limiterWithClock({ maxKeys: 100 });
    // Two of three used: not locked out, so it may be forgotten (a locked-out client never is; see below).
    for (let i = 0; i < 2; i += 1) limiter.consume('lookups', 'idle');
    for (let i = 0; i < 3; i += 1) limiter.consume('lookups', 'busy');
    for (let i = 0; i < 1000; i += 1) {
      limiter.consume('lookups', `client-${i}`);
      if (i % 50 === 0) expect(() => limiter.assertAllowed('lookups', 'busy')).toThrow(RateLimitedError);
    }
    expect(limiter.size).toBe(100);
    // Seen throughout, so still remembered and still limited.
    expect(() => limiter.consume('lookups', 'busy')).toThrow(RateLimitedError);
    // Not seen while a thousand others came, so forgotten: it starts afresh with all three.
    for (let i = 0; i < 3; i += 1) expect(() => limiter.consume('lookups', 'idle')).not.toThrow();
  });

  it('refuses an unknown group and a malformed limit', () => {
    const { limiter } = limiterWithClock();
    expect(limiter.has('lookups')).toBe(true);
    expect(() => limiter.consume('typo', 'a')).toThrow(/unknown rate limit group "typo"/);
    expect(() => new RateLimiter({ limits: { bad: { limit: 0, windowSeconds: 60 } } })).toThrow(/bad/);
    expect(() => new RateLimiter({ limits: { bad: { limit: 1.5, windowSeconds: 60 } } })).toThrow(/bad/);
    expect(() => new RateLimiter({ limits: { bad: { limit: 1, windowSeconds: 0 } } })).toThrow(/bad/);
  });
});

describe('RateLimiter memory under a flood of new clients', () => {
  it('never forgets a locked-out client to make room, however many others fail once', () => {
    let now = 0;
    const limiter = new RateLimiter({
      limits: { 'auth-failure': { limit: 10, windowSeconds: 60 } },
      maxKeys: 10_000,
      now: () => now,
    });
    for (let attempt = 0; attempt < 10; attempt += 1) limiter.record('auth-failure', 'attacker');
    expect(() => limiter.assertAllowed('auth-failure', 'attacker')).toThrow(RateLimitedError);
    for (let client = 0; client < 10_050; client += 1) limiter.record('auth-failure', `10.0.${client}`);
    now += 1000;
    expect(() => limiter.assertAllowed('auth-failure', 'attacker')).toThrow(RateLimitedError);
    expect(limiter.size).toBeLessThanOrEqual(10_001);
    // Once its bucket has refilled, it is an ordinary client again.
    now += 60_000;
    expect(() => limiter.assertAllowed('auth-failure', 'attacker')).not.toThrow();
  });
});
