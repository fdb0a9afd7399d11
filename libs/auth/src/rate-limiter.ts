import { Inject, Injectable, Optional } from '@nestjs/common';
import { RateLimitedError } from './auth.errors.js';
import { RATE_LIMITER_OPTIONS } from './auth.tokens.js';

/** At most `limit` requests per `windowSeconds`, refilled evenly (a token bucket). */
export interface RateLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

export const AUTH_FAILURE_LIMIT = 'auth-failure';
export const PUBLIC_LIMIT = 'public';

export const DEFAULT_RATE_LIMITS: Readonly<Record<string, RateLimit>> = {
  // Failed tokens per client: enough for a client refreshing an expired token, far too few to guess one.
  [AUTH_FAILURE_LIMIT]: { limit: 10, windowSeconds: 60 },
  [PUBLIC_LIMIT]: { limit: 120, windowSeconds: 60 },
  // Certificate codes are guessable only by enumeration, so their lookups get a tighter budget.
  'certificate-verification': { limit: 30, windowSeconds: 60 },
};

export interface RateLimiterOptions {
  /** Added to, or replacing, `DEFAULT_RATE_LIMITS` by group name. */
  readonly limits?: Readonly<Record<string, RateLimit>>;
  /** The most clients remembered across all groups; the least recently seen are forgotten first. */
  readonly maxKeys?: number;
  /** Milliseconds since the epoch; a parameter so tests can move time. */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const DEFAULT_MAX_KEYS = 10_000;

/**
 * In-memory, per-process limits keyed by group and client. Behind a load balancer each instance counts on
 * its own, which still bounds a single client to a small multiple of the limit.
 */
@Injectable()
export class RateLimiter {
  private readonly limits: ReadonlyMap<string, RateLimit>;
  private readonly maxKeys: number;
  private readonly now: () => number;
  // A Map iterates in insertion order, and every use re-inserts its key, so the first key is the stalest.
  private readonly buckets = new Map<string, Bucket>();

  constructor(@Optional() @Inject(RATE_LIMITER_OPTIONS) options?: RateLimiterOptions) {
    const limits = { ...DEFAULT_RATE_LIMITS, ...options?.limits };
    for (const [group, limit] of Object.entries(limits)) {
      if (!Number.isInteger(limit.limit) || limit.limit < 1 || !(limit.windowSeconds > 0)) {
        throw new Error(`rate limit "${group}" needs a whole limit of at least 1 and a positive window`);
      }
    }
    this.limits = new Map(Object.entries(limits));
    this.maxKeys = options?.maxKeys ?? DEFAULT_MAX_KEYS;
    if (!Number.isInteger(this.maxKeys) || this.maxKeys < 1)
      throw new Error('maxKeys must be a whole number of at least 1');
    this.now = options?.now ?? Date.now;
  }

  has(group: string): boolean {
    return this.limits.has(group);
  }

  get groups(): readonly string[] {
    return [...this.limits.keys()];
  }

  /** How many clients are remembered now. */
  get size(): number {
    return this.buckets.size;
  }

  /** Counts one request; throws `RateLimitedError` when the client has none left. */
  consume(group: string, client: string): void {
    const { bucket, limit } = this.bucket(group, client);
    if (bucket.tokens < 1) throw new RateLimitedError(group, retryAfterSeconds(bucket, limit));
    bucket.tokens -= 1;
  }

  /** Throws when the client has none left, without counting anything (a check before costly work). */
  assertAllowed(group: string, client: string): void {
    const { bucket, limit } = this.bucket(group, client);
    if (bucket.tokens < 1) throw new RateLimitedError(group, retryAfterSeconds(bucket, limit));
  }

  /** Counts one event (such as a failed authentication) and never throws; the next check decides. */
  record(group: string, client: string): void {
    const { bucket } = this.bucket(group, client);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
  }

  reset(group: string, client: string): void {
    this.buckets.delete(bucketKey(group, client));
  }

  private bucket(group: string, client: string): { bucket: Bucket; limit: RateLimit } {
    const limit = this.limits.get(group);
    // Fail loudly: a route naming a limit nobody configured is a defect, not a reason to skip limiting.
    if (limit === undefined) throw new Error(`unknown rate limit group "${group}"`);
    const key = bucketKey(group, client);
    const now = this.now();
    const found = this.buckets.get(key);
    const bucket = found ?? { tokens: limit.limit, updatedAt: now };
    if (found !== undefined) {
      const refill = ((now - found.updatedAt) / 1000) * (limit.limit / limit.windowSeconds);
      bucket.tokens = Math.min(limit.limit, found.tokens + Math.max(0, refill));
      bucket.updatedAt = Math.max(found.updatedAt, now);
      this.buckets.delete(key);
    }
    this.buckets.set(key, bucket);
    this.evict();
    return { bucket, limit };
  }

  /**
   * Forgets the least recently seen clients beyond `maxKeys`, but never one that is locked out (no request
   * left): forgetting it would hand it a fresh budget. Those stay until their bucket refills, so memory is
   * bounded by `maxKeys` plus the clients locked out within one window.
   */
  private evict(): void {
    if (this.buckets.size <= this.maxKeys) return;
    const now = this.now();
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= this.maxKeys) return;
      if (this.lockedOut(key, bucket, now)) continue;
      this.buckets.delete(key);
    }
  }

  private lockedOut(key: string, bucket: Bucket, now: number): boolean {
    const limit = this.limits.get(key.slice(0, key.indexOf('\u0000')));
    if (limit === undefined) return false;
    const refill = ((now - bucket.updatedAt) / 1000) * (limit.limit / limit.windowSeconds);
    return bucket.tokens + Math.max(0, refill) < 1;
  }
}

function bucketKey(group: string, client: string): string {
  return `${group}\u0000${client}`;
}

function retryAfterSeconds(bucket: Bucket, limit: RateLimit): number {
  const perSecond = limit.limit / limit.windowSeconds;
  return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
}
