import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { type EventStore, RequestKeyReusedError } from '@vl/event-store';
import { GroupCommit, type GroupItem, type SqlClient } from '@vl/sql';
import { EVENT_STORE, SQL_CLIENT } from '@vl/platform';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import {
  bindKeyByAppends,
  bodyHashOf,
  BoundRequestKey,
  commandContextOf,
  idempotencyKeyPartsOf,
} from './command-context.js';
import { KEY_BOUND_BY_APPENDS } from './key-bound-by-appends.js';
import { HttpProblem } from './problem.js';
import { idempotencyKeyHash } from './request-fingerprint.js';

export { idempotencyKeyHash } from './request-fingerprint.js';
import { WITHOUT_IDEMPOTENCY } from './without-idempotency.js';

/**
 * How long a claim in progress holds its key. A request that dies mid-way (a crashed process) blocks its
 * key for at most this long; then the next request with the same body takes the claim over.
 */
export const IDEMPOTENCY_LEASE_MS = 10_000;
const FIRST_POLL_MS = 5;
const LONGEST_POLL_MS = 100;

interface ClaimRow {
  request_hash: string;
  state: 'in-progress' | 'completed';
  status: number | null;
  response: string | null;
  expired: boolean;
}

interface StoredAnswer {
  readonly status: number;
  readonly text: string;
}

interface Claim extends GroupItem {
  readonly kind: 'claim';
  readonly keyHash: string;
  readonly requestHash: string;
  readonly token: string;
}

interface Completion extends GroupItem {
  readonly kind: 'completion';
  readonly keyHash: string;
  readonly token: string;
  readonly status: number;
  readonly text: string;
}

/** Claims and completions sent in one statement at most; concurrent requests share its round trip. */
const GROUP_SIZE = 64;

/**
 * Idempotency-Key on POST. The key is claimed, with the body's hash, in one atomic insert before anything
 * is decided: the first request runs and stores its answer; a concurrent or later one with the same body
 * waits for that answer and replays it byte for byte; one with another body is refused at once.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, BeforeApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  /** Stored answers being written for requests already answered. */
  private readonly completing = new Set<Promise<void>>();
  /** Once shutting down, a request stores its answer before it is answered. */
  private closing = false;
  /** Requests of this process waiting on a key, woken as soon as its claim completes here. */
  private readonly waiting = new Map<string, Set<() => void>>();
  /**
   * Claims of requests starting and answers of requests done, together: a claim is answered whether its key
   * is now its own, a completion whether its claim still held and was completed.
   */
  private readonly writes = new GroupCommit<Claim | Completion, boolean>((group) => this.writeGroup(group), {
    maxInFlight: 1,
    maxWeight: GROUP_SIZE,
  });

  constructor(
    @Inject(SQL_CLIENT) private readonly sql: SqlClient,
    private readonly reflector: Reflector,
    @Inject(EVENT_STORE) private readonly store: Pick<EventStore, 'requestKeyBinding'>,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    const handler = context.getHandler();
    if (this.reflector.get<boolean>(WITHOUT_IDEMPOTENCY, handler) === true) return next.handle();
    if (
      this.store.requestKeyBinding !== undefined &&
      this.reflector.get<boolean>(KEY_BOUND_BY_APPENDS, handler) === true
    ) {
      return from(this.handleBound(context, request, next));
    }
    return from(this.handle(context, request, next));
  }

  /**
   * A key bound by the command's own appends (see KeyBoundByAppends): no statement before the command. A
   * refusal is checked against the key's binding, so a key already bound to another body is refused as
   * reused whatever else is wrong with the request, as when the key is claimed first.
   */
  private async handleBound(
    context: ExecutionContext,
    request: FastifyRequest,
    next: CallHandler,
  ): Promise<unknown> {
    const { keyHash, requestHash } = keyOf(request);
    const bound = new BoundRequestKey(keyHash, requestHash);
    bindKeyByAppends(request, bound);
    let response: unknown;
    try {
      response = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      if (error instanceof RequestKeyReusedError) throw keyReused();
      const boundTo = await this.store.requestKeyBinding?.(keyHash).catch(() => undefined);
      if (boundTo !== undefined && boundTo !== requestHash) throw keyReused();
      throw error;
    }
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return replay(reply, { status, text: JSON.stringify(response ?? null) }, bound.replayed);
  }

  private async handle(
    context: ExecutionContext,
    request: FastifyRequest,
    next: CallHandler,
  ): Promise<unknown> {
    const { keyHash, requestHash } = keyOf(request);
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    let pollMs = FIRST_POLL_MS;
    for (;;) {
      const token = randomUUID();
      const claimedAt = performance.now();
      if (await this.claim(keyHash, requestHash, token)) {
        return this.run(context, reply, next, keyHash, token, claimedAt);
      }
      const row = await this.read(keyHash);
      if (row === undefined) continue; // released between the two statements: claim again
      if (row.request_hash !== requestHash) throw keyReused();
      if (row.state === 'completed' && row.status !== null && row.response !== null) {
        return replay(reply, { status: row.status, text: row.response }, true);
      }
      if (row.expired && (await this.takeOver(keyHash, requestHash, token))) {
        return this.run(context, reply, next, keyHash, token, claimedAt);
      }
      await this.wait(keyHash, pollMs);
      pollMs = Math.min(LONGEST_POLL_MS, pollMs * 2);
    }
  }

  private async run(
    context: ExecutionContext,
    reply: FastifyReply,
    next: CallHandler,
    keyHash: string,
    token: string,
    claimedAt: number,
  ): Promise<unknown> {
    let response: unknown;
    try {
      response = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      // A refused or failed request stores nothing: the key is free for a retry.
      await this.sql
        .query(`delete from api_idempotency where key_hash = $1 and claim_token = $2`, [keyHash, token])
        .finally(() => this.wake(keyHash));
      throw error;
    }
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    const text = JSON.stringify(response ?? null);
    const completion = this.writes.submit({ kind: 'completion', keyHash, token, status, text });
    if (!this.closing && performance.now() - claimedAt < IDEMPOTENCY_LEASE_MS / 2) {
      // Well within the lease, nobody can have taken the claim over: answer now and let the stored answer
      // follow in the next idempotency statement. Whatever the command wrote is already stored; until the
      // answer is, a retry with this key waits for it, and if it never lands (a crash) the retry takes the
      // claim over when the lease ends and the command, finding its own events, answers the same.
      this.afterAnswer(keyHash, completion);
      return replay(reply, { status, text }, false);
    }
    const completed = await completion.finally(() => this.wake(keyHash));
    if (!completed) {
      // Our lease ran out and another request took the claim over: its stored answer is the one.
      const stored = await this.read(keyHash);
      if (stored?.state === 'completed' && stored.status !== null && stored.response !== null) {
        return replay(reply, { status: stored.status, text: stored.response }, true);
      }
    }
    return replay(reply, { status, text }, false);
  }

  /** Tracks a stored answer written after the request was answered; wakes the key's waiters once it lands. */
  private afterAnswer(keyHash: string, completion: Promise<boolean>): void {
    const done: Promise<void> = completion
      .then(
        () => undefined,
        (error: unknown) => {
          // The claim stays in progress until its lease ends; a retry then takes it over (see above).
          this.logger.warn({ message: 'Storing an idempotent answer failed', error: String(error) });
        },
      )
      .finally(() => {
        this.completing.delete(done);
        this.wake(keyHash);
      });
    this.completing.add(done);
  }

  /** Answers still being stored are written before the database closes; later requests store theirs first. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    while (this.completing.size > 0) await Promise.all([...this.completing]);
  }

  /** One atomic insert: the key is ours, with this body, or somebody else's. */
  private claim(keyHash: string, requestHash: string, token: string): Promise<boolean> {
    return this.writes.submit({ kind: 'claim', keyHash, requestHash, token });
  }

  /**
   * A group's completions and claims in one statement: one update completes the claims that still hold,
   * each with its request's exact answer, and one insert claims the new keys. Of two claims of one key in
   * the same group the first takes it and the second finds it taken, as if they had come one after the
   * other; a claim of a key being completed in the same statement finds it taken too. Claim tokens are
   * random, so the tokens the statement returns say which of both kinds succeeded.
   */
  private async writeGroup(group: readonly (Claim | Completion)[]): Promise<boolean[]> {
    const claims = group.filter((item): item is Claim => item.kind === 'claim');
    const completions = group.filter((item): item is Completion => item.kind === 'completion');
    const { rows } = await this.sql.query<{ claim_token: string }>(
      `with completed as (
         update api_idempotency a set state = 'completed', status = c.status, response = c.response,
           claim_token = null, lease_until = null
         from unnest($1::text[], $2::text[], $3::int[], $4::text[]) as c(key_hash, claim_token, status, response)
         where a.key_hash = c.key_hash and a.claim_token = c.claim_token
         returning c.claim_token
       ), claimed as (
         insert into api_idempotency (key_hash, request_hash, state, claim_token, lease_until)
         select key_hash, request_hash, 'in-progress', claim_token, now() + $8 * interval '1 millisecond'
         from unnest($5::text[], $6::text[], $7::text[]) with ordinality as c(key_hash, request_hash, claim_token, n)
         order by n
         on conflict (key_hash) do nothing returning claim_token
       )
       select claim_token from completed union all select claim_token from claimed`,
      [
        completions.map((completion) => completion.keyHash),
        completions.map((completion) => completion.token),
        completions.map((completion) => completion.status),
        completions.map((completion) => completion.text),
        claims.map((claim) => claim.keyHash),
        claims.map((claim) => claim.requestHash),
        claims.map((claim) => claim.token),
        IDEMPOTENCY_LEASE_MS,
      ],
    );
    const succeeded = new Set(rows.map((row) => row.claim_token));
    return group.map((item) => succeeded.has(item.token));
  }

  /** Takes over a claim whose holder let its lease run out (it crashed, most likely). */
  private async takeOver(keyHash: string, requestHash: string, token: string): Promise<boolean> {
    const { rows } = await this.sql.query(
      `update api_idempotency set claim_token = $3, lease_until = now() + $4 * interval '1 millisecond'
       where key_hash = $1 and request_hash = $2 and state = 'in-progress' and lease_until < now()
       returning key_hash`,
      [keyHash, requestHash, token, IDEMPOTENCY_LEASE_MS],
    );
    return rows.length > 0;
  }

  private async read(keyHash: string): Promise<ClaimRow | undefined> {
    const { rows } = await this.sql.query<ClaimRow>(
      `select request_hash, state, status, response, coalesce(lease_until < now(), false) as expired
       from api_idempotency where key_hash = $1`,
      [keyHash],
    );
    return rows[0];
  }

  private wait(keyHash: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      let waiters = this.waiting.get(keyHash);
      if (waiters === undefined) {
        waiters = new Set();
        this.waiting.set(keyHash, waiters);
      }
      const done = (): void => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0 && this.waiting.get(keyHash) === waiters) this.waiting.delete(keyHash);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });
  }

  private wake(keyHash: string): void {
    for (const done of [...(this.waiting.get(keyHash) ?? [])]) done();
  }
}

/** The request's key (who sends it, where, under which Idempotency-Key) and its body, hashed. */
function keyOf(request: FastifyRequest): { keyHash: string; requestHash: string } {
  const command = commandContextOf(request);
  const key = String(request.headers['idempotency-key']);
  return {
    keyHash: idempotencyKeyHash(idempotencyKeyPartsOf(request, command, key)),
    requestHash: bodyHashOf(request),
  };
}

/** Sends the stored text itself, so every answer to one key is the same bytes with the same status. */
function replay(reply: FastifyReply, answer: StoredAnswer, replayed: boolean): string {
  void reply.status(answer.status).header('content-type', 'application/json; charset=utf-8');
  if (replayed) void reply.header('idempotent-replayed', 'true');
  return answer.text;
}

function keyReused(): HttpProblem {
  return new HttpProblem(
    422,
    'IDEMPOTENCY_KEY_REUSED',
    'The Idempotency-Key was used with another request body',
    'Send a new Idempotency-Key for a different request',
    { field: 'Idempotency-Key' },
  );
}
