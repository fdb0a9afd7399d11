import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type Actor, calendarDate, DomainError, type PolicySet } from '@vl/domain';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';
import { OrganizationTreeQuery, StatisticsQuery } from '@vl/read-model';
import { CLOCK, type Clock } from '../shared/clock.js';
import { IdParam } from '../shared/id-param.js';
import { ReadPosition } from '../shared/read-position.js';
import { StatisticsQueryParams } from './statistics.request.dto.js';
import { type StarLevelResponse, StatisticsResponse } from './statistics.response.dto.js';

const STAR_POLICY_ID = 'star-volunteer';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('organizations/:id/statistics')
export class StatisticsHttpController {
  constructor(
    private readonly statistics: StatisticsQuery,
    private readonly tree: OrganizationTreeQuery,
    private readonly reads: ReadPosition,
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Access({ kind: 'roles', roles: ['admin', 'auditor'], write: false })
  @ApiOperation({
    summary:
      'Programme figures for a subtree over whole months: teams, registered and active volunteers, ' +
      'activities held, confirmed minutes, resident visits; per child, month or category; top categories and ' +
      'star volunteers by level. Read from counters the projector keeps',
  })
  @ApiOkResponse({ type: StatisticsResponse })
  async figures(
    @IdParam() organizationId: string,
    @Query() query: StatisticsQueryParams,
    @CurrentActor() actor: Actor,
  ): Promise<StatisticsResponse> {
    if (query.minPosition !== undefined) await this.reads.caughtUp(query.minPosition);
    const node = await this.tree.node(organizationId);
    if (!node) {
      throw new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, 'id');
    }
    assertMayActWithin(actor, { organizationId, path: node.path.map((ancestor) => ancestor.id) });
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw new DomainError('VALIDATION_FAILED', 'from must not be after to', 'from');
    }
    const groupBy = query.groupBy ?? 'child';
    const period = {
      ...(query.from !== undefined ? { from: query.from } : {}),
      ...(query.to !== undefined ? { to: query.to } : {}),
    };
    const [answer, starVolunteers] = await Promise.all([
      this.statistics.figures(organizationId, period, groupBy),
      this.starLevels(organizationId),
    ]);
    return {
      organizationId,
      from: query.from ?? null,
      to: query.to ?? null,
      groupBy,
      ...answer,
      starVolunteers,
    };
  }

  /** Volunteers at each level of the star policy in force today: at its bar and below the next one. */
  private async starLevels(organizationId: string): Promise<StarLevelResponse[]> {
    const today = calendarDate(this.clock.now(), this.config.timezone);
    const policy = this.policies.inForce(STAR_POLICY_ID, today);
    if (policy?.kind !== 'hours-tiers') return [];
    const tiers = [...policy.tiers].sort((a, b) => a.minutes - b.minutes);
    const reaching = await this.statistics.volunteersReaching(
      organizationId,
      tiers.map((tier) => tier.minutes),
    );
    return tiers.map((tier, index) => ({
      tier: tier.id,
      titleZh: tier.title.zh,
      titleEn: tier.title.en,
      minimumMinutes: tier.minutes,
      volunteers: (reaching[index] ?? 0) - (reaching[index + 1] ?? 0),
    }));
  }
}
