import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Actor } from '@vl/domain';
import { type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { HttpProblem } from './problem.js';
import { idempotencyKeySeed, requestHash } from './request-fingerprint.js';

/** Who acts, why (correlation), and the seed that makes a retried command's event ids repeat. */
export interface CommandContext {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly idempotencySeed: string | undefined;
  /** The request's Idempotency-Key, to be bound by the command's appends (routes that bind keys so). */
  readonly requestKey?: BoundRequestKey;
}

/**
 * An Idempotency-Key bound by the request's own appends, in their transaction, instead of claimed before
 * the command runs. `replayed` turns true when the command found its events stored by an earlier request
 * with the same key and body, and answered from them.
 */
export class BoundRequestKey {
  replayed = false;

  constructor(
    readonly keyHash: string,
    readonly requestHash: string,
  ) {}
}

const boundKeys = new WeakMap<object, BoundRequestKey>();

/** Marks a request's key as bound by its appends; the command context carries it from then on. */
export function bindKeyByAppends(request: FastifyRequest, key: BoundRequestKey): void {
  boundKeys.set(request, key);
}

const CORRELATION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function commandContextOf(request: FastifyRequest & { actor?: Actor }): CommandContext {
  const actor = request.actor;
  if (!actor)
    throw new HttpProblem(401, 'UNAUTHENTICATED', 'Authentication required', 'No authenticated actor');
  // The request id is the correlation id (see correlationIdOf), so the request's log line names it too.
  const correlationId = CORRELATION_PATTERN.test(request.id) ? request.id : randomUUID();
  const key = request.headers['idempotency-key'];
  if (key !== undefined && (typeof key !== 'string' || !KEY_PATTERN.test(key))) {
    throw new HttpProblem(
      400,
      'INVALID_IDEMPOTENCY_KEY',
      'The Idempotency-Key header is malformed',
      'Idempotency-Key must be 1 to 255 visible ASCII characters',
      { field: 'Idempotency-Key' },
    );
  }
  const route = request.routeOptions.url ?? request.url;
  const requestKey = boundKeys.get(request);
  return {
    actor,
    correlationId,
    ...(requestKey === undefined ? {} : { requestKey }),
    // The body's hash is part of the seed, so event ids derive from the key and the body together.
    idempotencySeed:
      key === undefined
        ? undefined
        : `${idempotencyKeySeed({ sub: actor.sub, method: request.method, route, url: request.url, key })}\n${bodyHashOf(request)}`,
  };
}

const bodyHashes = new WeakMap<object, string>();

/** The body's hash, computed once per request. */
export function bodyHashOf(request: FastifyRequest): string {
  let hash = bodyHashes.get(request);
  if (hash === undefined) {
    hash = requestHash(request.body);
    bodyHashes.set(request, hash);
  }
  return hash;
}

/** The seed of a request's claim: who sends it, to which route and URL, under which key (not the body). */
export function idempotencyKeyPartsOf(request: FastifyRequest, context: CommandContext, key: string) {
  return {
    sub: context.actor.sub,
    method: request.method,
    route: request.routeOptions.url ?? request.url,
    url: request.url,
    key,
  };
}

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext =>
  commandContextOf(context.switchToHttp().getRequest()),
);

/** What the command bus carries: the acting context and the use case's input, never the HTTP body. */
export abstract class ActingCommand<Input> {
  constructor(
    readonly context: CommandContext,
    readonly input: Input,
  ) {}
}
