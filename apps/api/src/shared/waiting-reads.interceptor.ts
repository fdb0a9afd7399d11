import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { clientKey } from '@vl/auth';
import { type FastifyRequest } from 'fastify';
import { defer, finalize, type Observable } from 'rxjs';
import { HttpProblem } from './problem.js';

/** How many reads with `minPosition` one client may have in flight at once. */
export const MAX_WAITING_READS_PER_CLIENT = 16;

/**
 * Caps the reads with `minPosition` each client (address, IPv6 by /64) has in flight: each may wait up to
 * MIN_POSITION_WAIT_MS, so without a cap one client could hold the server's requests open at will.
 */
@Injectable()
export class WaitingReadsInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly limit: number = MAX_WAITING_READS_PER_CLIENT) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const query = request.query as Record<string, unknown> | undefined;
    if (request.method !== 'GET' || query === undefined || !Object.hasOwn(query, 'minPosition')) {
      return next.handle();
    }
    const client = clientKey(request.ip);
    return defer(() => {
      const count = this.inFlight.get(client) ?? 0;
      if (count >= this.limit) {
        throw new HttpProblem(
          429,
          'TOO_MANY_WAITING_READS',
          'Too many reads waiting for the read model',
          `At most ${this.limit} reads with minPosition may wait at once per client`,
          { field: 'minPosition', retryAfterSeconds: 1 },
        );
      }
      this.inFlight.set(client, count + 1);
      return next.handle().pipe(
        finalize(() => {
          const left = (this.inFlight.get(client) ?? 1) - 1;
          if (left <= 0) this.inFlight.delete(client);
          else this.inFlight.set(client, left);
        }),
      );
    });
  }
}
