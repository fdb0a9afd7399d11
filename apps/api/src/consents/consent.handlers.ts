import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type LedgerEvent, type VolunteerCommand, volunteerDecider, volunteerStream } from '@vl/domain';
import { type CommandContext } from '../shared/command-context.js';
import { generatedId } from '../shared/deterministic-id.js';
import { OrganizationLookup } from '../shared/organization-lookup.js';
import { assertMayActFor } from '../shared/scope.js';
import { evolveVolunteerStream, foldVolunteerStream } from '../shared/stream-evolvers.js';
import { StreamRunner } from '../shared/stream-runner.js';
import { VolunteerLookup } from '../shared/volunteer-lookup.js';
import { GrantConsentCommand, RevokeConsentCommand } from './consent.commands.js';

export interface ConsentGranted {
  readonly consentId: string;
  readonly position: number;
}

@Injectable()
abstract class ConsentHandler {
  constructor(
    protected readonly runner: StreamRunner,
    protected readonly volunteers: VolunteerLookup,
  ) {}

  /** The volunteer themself, or an admin whose subtree holds the volunteer. */
  protected async authorize(context: CommandContext, volunteerId: string): Promise<void> {
    const volunteer = await this.volunteers.require(volunteerId);
    assertMayActFor(context.actor, { volunteerId, organizationPath: volunteer.profile.organizationPath });
  }

  protected decideOn<Result>(
    context: CommandContext,
    volunteerId: string,
    command: VolunteerCommand,
    respond: (events: LedgerEvent[], position: number) => Result,
  ): Promise<Result> {
    return this.runner.run(context, {
      stream: volunteerStream(volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      decide: (state) => volunteerDecider.decide(command, state),
      respond,
    });
  }
}

@CommandHandler(GrantConsentCommand)
export class GrantConsentHandler
  extends ConsentHandler
  implements ICommandHandler<GrantConsentCommand, ConsentGranted>
{
  constructor(
    runner: StreamRunner,
    volunteers: VolunteerLookup,
    private readonly organizations: OrganizationLookup,
  ) {
    super(runner, volunteers);
  }

  async execute({ context, volunteerId, request }: GrantConsentCommand): Promise<ConsentGranted> {
    await this.authorize(context, volunteerId);
    const school = await this.organizations.find(request.schoolId);
    const consentId = generatedId(context.idempotencySeed, 'consent');
    return this.decideOn(
      context,
      volunteerId,
      {
        type: 'GrantSchoolConsent',
        data: {
          consentId,
          schoolId: request.schoolId,
          school: school
            ? { organizationId: school.organizationId, kind: school.kind, path: school.path }
            : null,
          until: request.until ?? null,
          now: context.now.toISOString(),
        },
      },
      (events, position) => {
        const granted = events.find((event) => event.type === 'SchoolConsentGranted');
        return { consentId: granted?.data.consentId ?? consentId, position };
      },
    );
  }
}

@CommandHandler(RevokeConsentCommand)
export class RevokeConsentHandler
  extends ConsentHandler
  implements ICommandHandler<RevokeConsentCommand, { position: number }>
{
  async execute({ context, volunteerId, schoolId }: RevokeConsentCommand): Promise<{ position: number }> {
    await this.authorize(context, volunteerId);
    return this.decideOn(
      context,
      volunteerId,
      { type: 'RevokeSchoolConsent', data: { schoolId, now: context.now.toISOString() } },
      (_events, position) => ({ position }),
    );
  }
}

export const ConsentHandlers = [GrantConsentHandler, RevokeConsentHandler];
