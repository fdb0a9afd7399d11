import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor, SYSTEM_ROOT } from '@vl/auth';
import { type Actor, DomainError } from '@vl/domain';
import { DirectoryQuery } from '@vl/read-model';
import { ReadPosition } from '../shared/read-position.js';
import { type AwardIntegrityFinding, AwardIntegrityService } from './award-integrity.service.js';
import { AwardIntegrityRequest } from './eligibility.request.dto.js';
import { AwardIntegrityResponseDto } from './eligibility-lists.response.dto.js';

export interface AwardIntegrityResponse {
  readonly organizationId: string;
  readonly position: number;
  readonly items: AwardIntegrityFinding[];
}

@ApiTags('eligibility')
@ApiBearerAuth()
@Controller('audit')
export class AwardIntegrityHttpController {
  constructor(
    private readonly integrity: AwardIntegrityService,
    private readonly directory: DirectoryQuery,
    private readonly reads: ReadPosition,
  ) {}

  @Get('award-integrity')
  @Access({ kind: 'roles', roles: ['admin', 'auditor'], write: false })
  @ApiOkResponse({ type: AwardIntegrityResponseDto })
  @ApiOperation({
    summary: 'Held awards whose supporting hours were since corrected or revoked below the threshold',
  })
  async awardIntegrity(
    @Query() query: AwardIntegrityRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AwardIntegrityResponse> {
    const position = await this.reads.caughtUp(query.minPosition);
    const organizationId = query.organizationId ?? actor.org;
    if (organizationId !== SYSTEM_ROOT) {
      const organization = await this.directory.organization(organizationId);
      if (!organization) {
        throw new DomainError(
          'ORGANIZATION_NOT_FOUND',
          `Organisation ${organizationId} does not exist`,
          'organizationId',
        );
      }
      assertMayActWithin(actor, organization);
    }
    return { organizationId, position, items: await this.integrity.findings(organizationId) };
  }
}
