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
}

const CORRELATION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function commandContextOf(request: FastifyRequest & { actor?: Actor }): CommandContext {
  const actor = request.actor;
  if (!actor)
    throw new HttpProblem(401, 'UNAUTHENTICATED', 'Authentication required', 'No authenticated actor');
  const header = request.headers['x-correlation-id'];
  const correlationId =
    typeof header === 'string' && CORRELATION_PATTERN.test(header) ? header : randomUUID();
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
  return {
    actor,
    correlationId,
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
