import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { assertMayActForVolunteer } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type LedgerEvent, type RegisteredVolunteer, type VolunteerCommand } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { IsOptional } from 'class-validator';
import { type CommandContext } from '../shared/command-context.js';
import { PositionDto } from '../shared/responses.js';
import { VolunteerStreams } from '../shared/streams.js';
import { IsCalendarDate } from '../shared/validation.js';
import { VolunteerLookup } from '../shared/volunteer-lookup.js';

/** What a profile change answers: whose, from which day, and the position of what it appended. */
export interface ProfileChanged {
  readonly volunteerId: string;
  readonly effectiveOn: string;
  readonly position: number;
}

export class ProfileChangedDto extends PositionDto {
  @ApiProperty({ example: 'v-0001' })
  volunteerId!: string;

  @ApiProperty({ example: '2026-11-20', description: 'The day the change takes effect (YYYY-MM-DD)' })
  effectiveOn!: string;
}

/** The day a change takes effect; every profile change request has it. */
export class EffectiveOnRequest {
  @ApiPropertyOptional({
    example: '2026-11-20',
    description:
      'YYYY-MM-DD in the programme’s time zone, not after today nor before the last change of the same kind; today when absent',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string;
}

/**
 * Decides a profile change on the volunteer's stream for an admin whose subtree holds the volunteer:
 * loads the volunteer, checks the scope, and hands the decider the clock and the programme's zone.
 */
@Injectable()
export class ProfileChanges {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly records: VolunteerLookup,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  /** The volunteer, once the actor may act for them (NOT_IN_SCOPE otherwise). */
  async requireInScope(context: CommandContext, volunteerId: string): Promise<RegisteredVolunteer> {
    const volunteer = await this.records.require(volunteerId);
    assertMayActForVolunteer(context.actor, volunteer.profile);
    return volunteer;
  }

  async change(
    context: CommandContext,
    volunteerId: string,
    command: (clock: { now: string; timeZone: string }) => VolunteerCommand,
  ): Promise<ProfileChanged> {
    const { events, position } = await this.volunteers.handle(context, volunteerId, (now) =>
      command({ now, timeZone: this.config.timezone }),
    );
    return { volunteerId, effectiveOn: effectiveOnOf(events), position };
  }
}

function effectiveOnOf(events: readonly LedgerEvent[]): string {
  for (const event of events) {
    if ('effectiveOn' in event.data && typeof event.data.effectiveOn === 'string')
      return event.data.effectiveOn;
  }
  throw new Error('a profile change appended no dated event');
}
