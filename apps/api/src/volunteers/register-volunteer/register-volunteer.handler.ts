import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActWithin } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { calendarDate, DomainError, type LeagueStatus } from '@vl/domain';
import { checkIdentityNumber, type GuardianRecord, PersonalDataStore } from '@vl/personal-data';
import { LEDGER_CONFIG } from '@vl/platform';
import { CLOCK, type Clock } from '../../shared/clock.js';
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
  readonly phone?: string;
  readonly identityNumber?: string;
  readonly guardian?: GuardianRecord;
}> {}

/**
 * Decided by `decideRegisterVolunteer` (libs/domain/src/volunteer/commands/register-volunteer.command.ts),
 * which checks the name, age and guardian but puts only ids in the event. The personal data goes to the
 * personal-data store once the decider has accepted the registration, before the event is appended.
 */
@CommandHandler(RegisterVolunteerCommand)
export class RegisterVolunteerHandler implements ICommandHandler<RegisterVolunteerCommand, Appended> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly organizations: OrganizationLookup,
    private readonly people: PersonalDataStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ context, input }: RegisterVolunteerCommand): Promise<Appended> {
    const volunteerId = input.id ?? generatedId(context.idempotencySeed, 'volunteer');
    const organization = await this.organizations.require(input.organizationId, 'organizationId');
    assertMayActWithin(context.actor, organization);
    const identityNumber = this.checkedIdentityNumber(input.identityNumber, input.birthDate);
    const guardian = input.guardian ?? null;
    const { position } = await this.volunteers.handle(
      context,
      volunteerId,
      (now) => ({
        type: 'RegisterVolunteer',
        data: {
          volunteerId,
          name: input.name,
          birthDate: input.birthDate,
          organization,
          schoolId: input.schoolId ?? null,
          leagueStatus: input.leagueStatus,
          guardian,
          now,
          timeZone: this.config.timezone,
        },
      }),
      {
        beforeAppend: () =>
          this.people.put(volunteerId, organization.path, {
            name: input.name.trim(),
            birthDate: input.birthDate,
            phone: input.phone?.trim() ?? null,
            identityNumber,
            guardian,
          }),
      },
    );
    return { id: volunteerId, position };
  }

  /** GB 11643-1999, and the birth date it holds must be the one given. */
  private checkedIdentityNumber(value: string | undefined, birthDate: string): string | null {
    if (value === undefined) return null;
    const today = calendarDate(this.clock.now(), this.config.timezone);
    const checked = checkIdentityNumber(value, today);
    if (!checked.valid) {
      throw new DomainError('INVALID_IDENTITY_NUMBER', `identityNumber ${checked.message}`, 'identityNumber');
    }
    if (checked.birthDate !== birthDate) {
      throw new DomainError(
        'INVALID_IDENTITY_NUMBER',
        'identityNumber holds another birth date than birthDate',
        'identityNumber',
      );
    }
    return checked.value;
  }
}
