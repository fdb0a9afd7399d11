import { Controller, Get, HttpStatus, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { LEDGER_CONFIG } from '@vl/platform';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { Public } from '@vl/auth';
import { type FastifyReply } from 'fastify';
import { LagReader } from '../platform/lag-reader.js';
import { PUBLISHER_OUTAGE_STATES } from '../platform/metrics/ledger-metrics.js';
import { HealthCheckDto, HealthSummaryDto } from './health.response.dto.js';

const STORE_TIMEOUT_MS = 3000;

/**
 * Liveness (the process answers) and readiness (the store answers; how far the read models and the
 * publisher are behind), in terminus's shape. A store that does not answer makes the service not ready
 * (503); a lagging read model or a publisher waiting for its broker leave it serving, `degraded`.
 */
@ApiTags('health')
@Controller('health')
export class HealthHttpController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly lag: LagReader,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('live')
  @Public()
  @ApiOkResponse({ type: HealthCheckDto })
  @ApiOperation({ summary: 'Liveness: the process is up and answering' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) }),
    ]);
  }

  @Get('ready')
  @Public()
  @ApiOkResponse({ type: HealthCheckDto, description: 'Ready (`ok`), or serving while lagging (`degraded`)' })
  @ApiServiceUnavailableResponse({ type: HealthCheckDto, description: 'The store does not answer' })
  @ApiOperation({ summary: 'Readiness: the store answers; read-model and publisher lag' })
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    return this.readiness(reply);
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthSummaryDto })
  @ApiServiceUnavailableResponse({ type: HealthSummaryDto, description: 'The store does not answer' })
  @ApiOperation({ summary: 'Readiness under its first name, with the store and read-model positions' })
  async summary(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HealthCheckResult & { storePosition?: number; readModelPosition?: number }> {
    const result = await this.readiness(reply);
    const store = result.details.store as { position?: number } | undefined;
    const readModel = result.details.readModel as { position?: number } | undefined;
    return { ...result, storePosition: store?.position, readModelPosition: readModel?.position };
  }

  private async readiness(reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.storeIndicator(),
        () => this.readModelIndicator(),
        ...(this.lag.publisher() ? [() => this.publisherIndicator()] : []),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return error.getResponse() as HealthCheckResult;
    }
  }

  private async storeIndicator() {
    const indicator = this.indicators.check('store');
    try {
      const position = await withTimeout(this.lag.storeHead(), STORE_TIMEOUT_MS);
      return indicator.up({ position });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  private async readModelIndicator() {
    const indicator = this.indicators.check('readModel');
    const [head, position] = await Promise.all([this.lag.storeHead(), this.lag.projectorPosition()]);
    const oldest = await this.lag.oldestUnprojectedAt(position);
    const lagSeconds = oldest ? Math.max(0, Math.round((Date.now() - oldest.getTime()) / 1000)) : 0;
    const figures = { position, lagEvents: Math.max(0, head - position), lagSeconds };
    return lagSeconds > this.config.readModelLagLimitSeconds
      ? indicator.degraded(figures)
      : indicator.up(figures);
  }

  private async publisherIndicator() {
    const indicator = this.indicators.check('publisher');
    const publisher = this.lag.publisher();
    if (!publisher) return indicator.up({ state: 'absent' });
    const head = await this.lag.storeHead();
    const figures = {
      state: publisher.state,
      position: publisher.position,
      lagEvents: Math.max(0, head - publisher.position),
    };
    return PUBLISHER_OUTAGE_STATES.includes(publisher.state)
      ? indicator.degraded(figures)
      : indicator.up(figures);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
