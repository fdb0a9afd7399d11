import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActForVolunteer } from '@vl/auth';
import { PersonalDataStore } from '@vl/personal-data';
import { ActingCommand } from '../../shared/command-context.js';
import { PersonalDataStreams } from '../../shared/streams.js';
import { VolunteerLookup } from '../../shared/volunteer-lookup.js';

export interface PersonalDataErasedAnswer {
  readonly volunteerId: string;
  readonly position: number;
}

export class ErasePersonalDataCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly reason: string;
}> {}

/**
 * The volunteer's own request, or an administrator's of their subtree. `PersonalDataErased` (who, why) is
 * appended first, then the data key is destroyed; a repeat (or a retry after a failure between the two)
 * appends nothing and destroys whatever is left. Hours, sessions and awards stay in the ledger untouched.
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<
  ErasePersonalDataCommand,
  PersonalDataErasedAnswer
> {
  constructor(
    private readonly volunteers: VolunteerLookup,
    private readonly streams: PersonalDataStreams,
    private readonly people: PersonalDataStore,
  ) {}

  async execute({ context, input }: ErasePersonalDataCommand): Promise<PersonalDataErasedAnswer> {
    const { volunteerId, reason } = input;
    const volunteer = await this.volunteers.require(volunteerId);
    assertMayActForVolunteer(context.actor, volunteer.profile);
    const handled = await this.streams.handle(context, volunteerId, {
      type: 'ErasePersonalData',
      data: { volunteerId, erasedBy: context.actor.sub, reason },
    });
    const recorded = await this.streams.load(volunteerId);
    await this.people.erase(volunteerId, volunteer.profile.organizationPath, {
      by: recorded.status === 'Erased' ? recorded.erasedBy : context.actor.sub,
      reason,
      at: new Date().toISOString(),
    });
    return { volunteerId, position: handled.position };
  }
}
