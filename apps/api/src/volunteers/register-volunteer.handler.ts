import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { volunteerDecider, volunteerStream } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { Inject } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { generatedId } from '../shared/deterministic-id.js';
import { OrganizationLookup } from '../shared/organization-lookup.js';
import { type Appended } from '../shared/responses.js';
import { assertCovers } from '../shared/scope.js';
import { evolveVolunteerStream, foldVolunteerStream } from '../shared/stream-evolvers.js';
import { StreamRunner } from '../shared/stream-runner.js';
import { RegisterVolunteerCommand } from './register-volunteer.command.js';

@CommandHandler(RegisterVolunteerCommand)
export class RegisterVolunteerHandler implements ICommandHandler<RegisterVolunteerCommand, Appended> {
  constructor(
    private readonly runner: StreamRunner,
    private readonly organizations: OrganizationLookup,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async execute({ context, request }: RegisterVolunteerCommand): Promise<Appended> {
    const volunteerId = request.id ?? generatedId(context.idempotencySeed, 'volunteer');
    const organization = await this.organizations.require(request.organizationId, 'organizationId');
    assertCovers(context.actor, organization.path, `Organisation ${organization.organizationId}`);
    return this.runner.run(context, {
      stream: volunteerStream(volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      decide: (state) =>
        volunteerDecider.decide(
          {
            type: 'RegisterVolunteer',
            data: {
              volunteerId,
              name: request.name,
              birthDate: request.birthDate,
              organization,
              schoolId: request.schoolId ?? null,
              leagueStatus: request.leagueStatus,
              now: context.now.toISOString(),
              timeZone: this.config.timezone,
            },
          },
          state,
        ),
      respond: (_events, position) => ({ id: volunteerId, position }),
    });
  }
}
