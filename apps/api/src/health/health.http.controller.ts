import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@vl/auth';
import { type EventStore } from '@vl/event-store';
import { ReadModelStatus } from '@vl/read-model';
import { EVENT_STORE } from '@vl/platform';

@ApiTags('health')
@Controller('health')
export class HealthHttpController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly status: ReadModelStatus,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and how far the read model lags the store' })
  async health(): Promise<{ status: 'ok'; storePosition: number; readModelPosition: number }> {
    const [storePosition, readModelPosition] = await Promise.all([
      this.store.headPosition(),
      this.status.position(),
    ]);
    return { status: 'ok', storePosition, readModelPosition };
  }
}
