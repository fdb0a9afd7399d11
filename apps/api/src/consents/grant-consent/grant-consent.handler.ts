import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { assertMayActForVolunteer, isOwnRecord } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { ageOnDate, calendarDate, GUARDIAN_CONSENT_BELOW_AGE } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { PersonalData } from '../../personal-data/personal-data.service.js';
import { CLOCK, type Clock } from '../../shared/clock.js';
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
  readonly guardianConsentedOn: string | undefined;
}> {}

/**
 * Only the volunteer themself (with the guardian's consent recorded, for a minor); an administrator's
 * request is refused by the decider, `decideGrantSchoolConsent`
 * `decideGrantSchoolConsent` (libs/domain/src/volunteer/commands/grant-school-consent.command.ts).
 */
@CommandHandler(GrantConsentCommand)
export class GrantConsentHandler implements ICommandHandler<GrantConsentCommand, ConsentGranted> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly volunteerRecords: VolunteerLookup,
    private readonly organizations: OrganizationLookup,
    private readonly personalData: PersonalData,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    context,
    input: { volunteerId, schoolId, until, guardianConsentedOn },
  }: GrantConsentCommand): Promise<ConsentGranted> {
    const volunteer = await this.volunteerRecords.require(volunteerId);
    assertMayActForVolunteer(context.actor, volunteer.profile);
    const school = await this.organizations.find(schoolId);
    const byVolunteer = isOwnRecord(context.actor, volunteerId);
    // Age today decides whether a guardian's consent is needed; only the personal-data store knows it.
    const birthDate = byVolunteer ? await this.personalData.requireBirthDate(volunteerId) : null;
    const today = calendarDate(this.clock.now(), this.config.timezone);
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
        byVolunteer,
        minor: birthDate !== null && ageOnDate(birthDate, today) < GUARDIAN_CONSENT_BELOW_AGE,
        guardianConsentedOn: guardianConsentedOn ?? null,
        now,
      },
    }));
    const granted = events.find((event) => event.type === 'SchoolConsentGranted');
    return { consentId: granted?.data.consentId ?? consentId, position };
  }
}
