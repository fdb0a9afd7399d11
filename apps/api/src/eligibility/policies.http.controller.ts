import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { calendarDate, type PolicySet, type PolicySummary, summarizePolicy } from '@vl/domain';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';
import { CLOCK, type Clock } from '../shared/clock.js';
import { PoliciesResponseDto } from './policy-sources.response.dto.js';

export interface PoliciesResponse {
  /** The calendar date (programme time zone) the versions are in force on. */
  readonly date: string;
  readonly policies: (PolicySummary & { description?: { zh: string; en: string } })[];
}

@ApiTags('eligibility')
@ApiBearerAuth()
@Controller('policies')
export class PoliciesHttpController {
  constructor(
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'school', 'admin', 'auditor'], write: false })
  @ApiOperation({
    summary:
      'The policies in force today: id, version, effective date, kind, tiers, and the sources behind each',
  })
  @ApiOkResponse({ type: PoliciesResponseDto })
  list(): PoliciesResponse {
    const date = calendarDate(this.clock.now(), this.config.timezone);
    return {
      date,
      policies: this.policies.allInForce(date).map((policy) => ({
        ...summarizePolicy(policy),
        ...(policy.description ? { description: policy.description } : {}),
      })),
    };
  }
}
