import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActForVolunteer } from '@vl/auth';
import { ActingCommand } from '../../shared/command-context.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { VolunteerLookup } from '../../shared/volunteer-lookup.js';

export class RevokeConsentCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly schoolId: string;
}> {}

/**
 * The volunteer themself, or an admin whose subtree holds the volunteer; decided by
 * `decideRevokeSchoolConsent` (libs/domain/src/volunteer/commands/revoke-school-consent.command.ts).
 */
@CommandHandler(RevokeConsentCommand)
export class RevokeConsentHandler implements ICommandHandler<RevokeConsentCommand, { position: number }> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly volunteerRecords: VolunteerLookup,
  ) {}

  async execute({
    context,
    input: { volunteerId, schoolId },
  }: RevokeConsentCommand): Promise<{ position: number }> {
    const volunteer = await this.volunteerRecords.require(volunteerId);
    assertMayActForVolunteer(context.actor, volunteer.profile);
    const { position } = await this.volunteers.handle(context, volunteerId, (now) => ({
      type: 'RevokeSchoolConsent',
      data: { schoolId, now },
    }));
    return { position };
  }
}
