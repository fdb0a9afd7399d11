import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Access, assertMayRunKiosk, CurrentActor } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type Actor, kioskCodeWindow } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { ActivityLookup } from '../../shared/activity-lookup.js';
import { CLOCK, type Clock } from '../../shared/clock.js';
import { IdParam } from '../../shared/id-param.js';
import { KioskCodeSigner } from './kiosk-code.signer.js';

export class KioskCodeResponse {
  @ApiProperty({ description: 'The signed code a qr check-in or check-out carries' })
  code!: string;

  @ApiProperty({ description: 'After this instant the code is refused (at most 60 s after issue)' })
  expiresAt!: string;

  @ApiProperty({ description: 'When the kiosk fetches the next code (every 30 s)' })
  refreshAfter!: string;

  @ApiProperty({
    description: 'The web check-in page with the code, for the kiosk QR',
    example: '/check-in/class-0710?code=…',
  })
  checkInUrl!: string;
}

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('activities/:id')
export class KioskCodeHttpController {
  constructor(
    private readonly activities: ActivityLookup,
    private readonly signer: KioskCodeSigner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('kiosk-code')
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: false })
  @ApiOperation({
    summary:
      "The activity's current check-in code, for the kiosk at the venue (organisers of the organising subtree)",
  })
  @ApiOkResponse({ type: KioskCodeResponse })
  async current(@IdParam() activityId: string, @CurrentActor() actor: Actor): Promise<KioskCodeResponse> {
    const activity = await this.activities.require(activityId);
    assertMayRunKiosk(actor, activity);
    const window = kioskCodeWindow(this.clock.now().getTime());
    const code = this.signer.sign({ activityId, issuedAt: window.issuedAt });
    const page = `/check-in/${encodeURIComponent(activityId)}?code=${encodeURIComponent(code)}`;
    return {
      code,
      expiresAt: new Date(window.expiresAt).toISOString(),
      refreshAfter: new Date(window.refreshAfter).toISOString(),
      checkInUrl: `${this.config.publicBaseUrl ?? ''}${page}`,
    };
  }
}
