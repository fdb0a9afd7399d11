import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActForVolunteer } from '@vl/auth';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { VolunteerLookup } from '../../shared/volunteer-lookup.js';

export interface ConsentGranted {
  readonly consentId: string;
  readonly position: number;
}

export class GrantConsentCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly schoolId: string;
  readonly until: string | undefined;
}> {}

/**
 * The volunteer themself, or an admin whose subtree holds the volunteer; decided by
 * `decideGrantSchoolConsent` (libs/domain/src/volunteer/commands/grant-school-consent.command.ts).
 */
@CommandHandler(GrantConsentCommand)
export class GrantConsentHandler implements ICommandHandler<GrantConsentCommand, ConsentGranted> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly volunteerRecords: VolunteerLookup,
    private readonly organizations: OrganizationLookup,
  ) {}

  async execute({
    context,
    input: { volunteerId, schoolId, until },
  }: GrantConsentCommand): Promise<ConsentGranted> {
    const volunteer = await this.volunteerRecords.require(volunteerId);
    assertMayActForVolunteer(context.actor, volunteer.profile);
    const school = await this.organizations.find(schoolId);
    const consentId = generatedId(context.idempotencySeed, 'consent');
    const { events, position } = await this.volunteers.handle(context, volunteerId, (now) => ({
      type: 'GrantSchoolConsent',
      data: {
        consentId,
        schoolId,
        school: school
          ? { organizationId: school.organizationId, kind: school.kind, path: school.path }
          : null,
        until: until ?? null,
        now,
      },
    }));
    const granted = events.find((event) => event.type === 'SchoolConsentGranted');
    return { consentId: granted?.data.consentId ?? consentId, position };
  }
}
