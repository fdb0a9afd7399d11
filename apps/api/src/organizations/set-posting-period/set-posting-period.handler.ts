import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { OrganizationStreams } from '../../shared/streams.js';

export class SetPostingPeriodCommand extends ActingCommand<{
  readonly organizationId: string;
  readonly days: number;
}> {}

export interface PostingPeriodAppended {
  readonly id: string;
  readonly days: number;
  readonly position: number;
}

/** Decided by `decideOrganization` (libs/domain/src/organization/organization.decider.ts). */
@CommandHandler(SetPostingPeriodCommand)
export class SetPostingPeriodHandler implements ICommandHandler<
  SetPostingPeriodCommand,
  PostingPeriodAppended
> {
  constructor(private readonly organizations: OrganizationStreams) {}

  async execute({ context, input }: SetPostingPeriodCommand): Promise<PostingPeriodAppended> {
    const { organizationId, days } = input;
    const { position } = await this.organizations.handle(context, organizationId, {
      type: 'SetPostingPeriod',
      data: { organizationId, days, actor: context.actor },
    });
    return { id: organizationId, days, position };
  }
}
