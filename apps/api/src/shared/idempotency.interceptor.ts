import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { type SqlClient } from '@vl/sql';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { SQL_CLIENT } from '@vl/platform';
import { commandContextOf } from './command-context.js';
import { HttpProblem } from './problem.js';

/**
 * Idempotency-Key on POST: the same key and body answer as the first time without a second event; the same
 * key with another body is refused. The stored answer is a convenience: a lost one is rebuilt from the
 * events, whose ids derive from the key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(SQL_CLIENT) private readonly sql: SqlClient,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method !== 'POST' || request.headers['idempotency-key'] === undefined) return next.handle();
    return from(this.handle(context, request, next));
  }

  private async handle(
    context: ExecutionContext,
    request: FastifyRequest,
    next: CallHandler,
  ): Promise<unknown> {
    const seed = commandContextOf(request).idempotencySeed ?? '';
    const keyHash = sha256(seed);
    const requestHash = sha256(canonicalJson(request.body ?? null));
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const { rows } = await this.sql.query<{ request_hash: string; status: number; response: unknown }>(
      `select request_hash, status, response from api_idempotency where key_hash = $1`,
      [keyHash],
    );
    const stored = rows[0];
    if (stored) {
      if (stored.request_hash !== requestHash) {
        throw new HttpProblem(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'The Idempotency-Key was used with another request body',
          'Send a new Idempotency-Key for a different request',
          { field: 'Idempotency-Key' },
        );
      }
      void reply.status(stored.status).header('idempotent-replayed', 'true');
      return stored.response;
    }
    const response = await lastValueFrom(next.handle(), { defaultValue: undefined });
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    await this.sql.query(
      `insert into api_idempotency (key_hash, request_hash, status, response) values ($1, $2, $3, $4)
       on conflict (key_hash) do nothing`,
      [keyHash, requestHash, status, JSON.stringify(response ?? null)],
    );
    return response;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so the same body in another key order counts as the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
