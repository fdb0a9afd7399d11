import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActWithin } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type LeagueStatus } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { type Appended } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';

export class RegisterVolunteerCommand extends ActingCommand<{
  readonly id?: string;
  readonly name: string;
  readonly birthDate: string;
  readonly organizationId: string;
  readonly schoolId?: string;
  readonly leagueStatus: LeagueStatus;
}> {}

/** Decided by `decideRegisterVolunteer` (libs/domain/src/volunteer/commands/register-volunteer.command.ts). */
@CommandHandler(RegisterVolunteerCommand)
export class RegisterVolunteerHandler implements ICommandHandler<RegisterVolunteerCommand, Appended> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly organizations: OrganizationLookup,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async execute({ context, input }: RegisterVolunteerCommand): Promise<Appended> {
    const volunteerId = input.id ?? generatedId(context.idempotencySeed, 'volunteer');
    const organization = await this.organizations.require(input.organizationId, 'organizationId');
    assertMayActWithin(context.actor, organization);
    const { position } = await this.volunteers.handle(context, volunteerId, (now) => ({
      type: 'RegisterVolunteer',
      data: {
        volunteerId,
        name: input.name,
        birthDate: input.birthDate,
        organization,
        schoolId: input.schoolId ?? null,
        leagueStatus: input.leagueStatus,
        now,
        timeZone: this.config.timezone,
      },
    }));
    return { id: volunteerId, position };
  }
}
