import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type LedgerConfig } from '@vl/config';
import { type PolicySet, volunteerDecider, volunteerStream } from '@vl/domain';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';
import { generatedId } from '../shared/deterministic-id.js';
import { evolveVolunteerStream, foldVolunteerStream } from '../shared/stream-evolvers.js';
import { StreamRunner } from '../shared/stream-runner.js';
import { GrantAwardCommand, RevokeAwardCommand } from './award.commands.js';

export interface AwardAppended {
  readonly awardId: string;
  readonly position: number;
}

/** Decided on the volunteer's stream, so eligibility is judged on the hours as they are at this revision. */
@CommandHandler(GrantAwardCommand)
export class GrantAwardHandler implements ICommandHandler<GrantAwardCommand> {
  constructor(
    private readonly runner: StreamRunner,
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  execute({ context, volunteerId, request }: GrantAwardCommand): Promise<AwardAppended> {
    const awardId = request.awardId ?? generatedId(context.idempotencySeed, 'award');
    return this.runner.run(context, {
      stream: volunteerStream(volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      decide: (state) =>
        volunteerDecider.decide(
          {
            type: 'GrantAward',
            data: {
              awardId,
              policyId: request.policyId,
              tier: request.tier,
              note: request.note,
              actor: context.actor,
              now: context.now.toISOString(),
              policies: this.policies,
              timeZone: this.config.timezone,
            },
          },
          state,
        ),
      respond: (events, position) => {
        const granted = events.find((event) => event.type === 'AwardGranted');
        return { awardId: granted?.type === 'AwardGranted' ? granted.data.awardId : awardId, position };
      },
    });
  }
}

@CommandHandler(RevokeAwardCommand)
export class RevokeAwardHandler implements ICommandHandler<RevokeAwardCommand> {
  constructor(private readonly runner: StreamRunner) {}

  execute({ context, volunteerId, awardId, request }: RevokeAwardCommand): Promise<AwardAppended> {
    return this.runner.run(context, {
      stream: volunteerStream(volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      decide: (state) =>
        volunteerDecider.decide(
          { type: 'RevokeAward', data: { awardId, reason: request.reason, actor: context.actor } },
          state,
        ),
      respond: (_events, position) => ({ awardId, position }),
    });
  }
}

export const AwardHandlers = [GrantAwardHandler, RevokeAwardHandler];
