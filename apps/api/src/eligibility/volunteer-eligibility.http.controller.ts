import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActForVolunteer, CurrentActor } from '@vl/auth';
import { type Actor, type Determination, DomainError } from '@vl/domain';
import { DirectoryQuery } from '@vl/read-model';
import { IdParam } from '../shared/id-param.js';
import { ReadPosition } from '../shared/read-position.js';
import { VolunteerEligibilityRequest } from './eligibility.request.dto.js';
import { EligibilityService } from './eligibility.service.js';
import { VolunteerEligibilityResponseDto } from './policy-sources.response.dto.js';

export interface VolunteerEligibilityResponse {
  readonly volunteerId: string;
  /** The evaluation instant: asOf, else asKnownAt, else now. */
  readonly asOf: string;
  readonly asKnownAt?: string;
  readonly position: number;
  readonly determinations: Determination[];
}

@ApiTags('eligibility')
@ApiBearerAuth()
@Controller('volunteers/:id')
export class VolunteerEligibilityHttpController {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly directory: DirectoryQuery,
    private readonly reads: ReadPosition,
  ) {}

  @Get('eligibility')
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'admin', 'auditor'], write: false })
  @ApiOkResponse({ type: VolunteerEligibilityResponseDto })
  @ApiOperation({
    summary: 'A determination per award policy: version, sources, measured, threshold, missing and evidence',
  })
  async determinations(
    @IdParam() volunteerId: string,
    @Query() query: VolunteerEligibilityRequest,
    @CurrentActor() actor: Actor,
  ): Promise<VolunteerEligibilityResponse> {
    const position = await this.reads.caughtUp(query.minPosition);
    const listed = await this.directory.volunteerProfile(volunteerId);
    if (!listed) {
      throw new DomainError('VOLUNTEER_NOT_FOUND', `Volunteer ${volunteerId} is not registered`, 'id');
    }
    assertMayActForVolunteer(actor, listed);
    // The age rules need the birth date, which only the personal-data store holds: 410 once erased.
    const volunteer = await this.eligibility.withBirthDate(listed);
    if (query.tier !== undefined && query.policy === undefined) {
      throw new DomainError('VALIDATION_FAILED', 'tier needs policy', 'tier');
    }
    const question = this.eligibility.resolve({
      asOf: query.asOf,
      asKnownAt: query.asKnownAt,
      policyId: query.policy,
      tier: query.tier,
    });
    this.eligibility.requireBornBy(volunteer, question);
    const answers = await this.eligibility.determinationsOf([volunteer], question);
    return {
      volunteerId,
      asOf: question.at,
      ...(query.asKnownAt !== undefined ? { asKnownAt: query.asKnownAt } : {}),
      position,
      determinations: answers.get(volunteerId) ?? [],
    };
  }
}
