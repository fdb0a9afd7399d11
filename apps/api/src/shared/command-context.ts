import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Actor } from '@vl/domain';
import { type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { HttpProblem } from './problem.js';

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
    idempotencySeed:
      key === undefined ? undefined : `${actor.sub}\n${request.method} ${route}\n${request.url}\n${key}`,
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
