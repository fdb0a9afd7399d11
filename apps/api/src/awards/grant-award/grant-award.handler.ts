import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type LedgerConfig } from '@vl/config';
import { type PolicySet } from '@vl/domain';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { PersonalData } from '../../personal-data/personal-data.service.js';
import { VolunteerStreams } from '../../shared/streams.js';

export interface AwardAppended {
  readonly awardId: string;
  readonly position: number;
}

export class GrantAwardCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly awardId: string | undefined;
  readonly policyId: string;
  readonly tier: string;
  readonly note: string;
}> {}

/**
 * Decided by `decideGrantAward` (libs/domain/src/volunteer/commands/grant-award.command.ts) on the
 * volunteer's stream, so eligibility is judged on the hours as they are at this revision.
 */
@CommandHandler(GrantAwardCommand)
export class GrantAwardHandler implements ICommandHandler<GrantAwardCommand, AwardAppended> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly personalData: PersonalData,
  ) {}

  async execute({ context, input }: GrantAwardCommand): Promise<AwardAppended> {
    const { volunteerId, policyId, tier, note } = input;
    const awardId = input.awardId ?? generatedId(context.idempotencySeed, 'award');
    const birthDate = await this.personalData.requireBirthDate(volunteerId);
    const { events, position } = await this.volunteers.handle(context, volunteerId, (now) => ({
      type: 'GrantAward',
      data: {
        awardId,
        policyId,
        tier,
        note,
        actor: context.actor,
        birthDate,
        now,
        policies: this.policies,
        timeZone: this.config.timezone,
      },
    }));
    const granted = events.find((event) => event.type === 'AwardGranted');
    return { awardId: granted?.type === 'AwardGranted' ? granted.data.awardId : awardId, position };
  }
}
