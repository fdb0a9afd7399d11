import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor } from '@vl/auth';
import { type Actor, DomainError } from '@vl/domain';
import { DirectoryQuery } from '@vl/read-model';
import { type FastifyReply } from 'fastify';
import { IdParam } from '../shared/id-param.js';
import { ReadPosition } from '../shared/read-position.js';
import { AuditList, type AuditListItem } from './audit-list.js';
import { eligibilityCsv } from './eligibility-csv.js';
import { OrganizationEligibilityRequest } from './eligibility.request.dto.js';
import { EligibilityService } from './eligibility.service.js';

export interface OrganizationEligibilityResponse {
  readonly organizationId: string;
  readonly policy: string | null;
  readonly tier: string | null;
  readonly asOf: string;
  readonly asKnownAt?: string;
  readonly position: number;
  readonly items: AuditListItem[];
  readonly nextCursor: string | null;
}

const JSON_PAGE = 50;
const CSV_PAGE = 1000;

@ApiTags('eligibility')
@ApiBearerAuth()
@Controller('organizations/:id')
export class OrganizationEligibilityHttpController {
  constructor(
    private readonly directory: DirectoryQuery,
    private readonly eligibility: EligibilityService,
    private readonly auditList: AuditList,
    private readonly reads: ReadPosition,
  ) {}

  @Get('eligibility')
  @Access({ kind: 'roles', roles: ['admin', 'auditor'], write: false })
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'The audit list: volunteers of the subtree with their determinations, by policy and tier',
  })
  async list(
    @IdParam() organizationId: string,
    @Query() query: OrganizationEligibilityRequest,
    @CurrentActor() actor: Actor,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganizationEligibilityResponse | string> {
    const position = await this.reads.caughtUp(query.minPosition);
    const organization = await this.directory.organization(organizationId);
    if (!organization) {
      throw new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, 'id');
    }
    assertMayActWithin(actor, organization);
    if (query.tier !== undefined && query.policy === undefined) {
      throw new DomainError('VALIDATION_FAILED', 'tier needs policy', 'tier');
    }
    const csv = query.format === 'csv' || (query.format === undefined && wantsCsv(accept));
    const question = this.eligibility.resolve({
      asOf: query.asOf,
      asKnownAt: query.asKnownAt,
      policyId: query.policy,
      tier: query.tier,
    });
    const limit = query.limit ?? (csv ? CSV_PAGE : JSON_PAGE);
    const page = await this.auditList.page(organizationId, question, limit, query.cursor);
    if (csv) {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="eligibility-${organizationId}.csv"`)
        .header('x-read-position', String(position));
      if (page.nextCursor !== null) void reply.header('x-next-cursor', page.nextCursor);
      return eligibilityCsv(page.items);
    }
    return {
      organizationId,
      policy: query.policy ?? null,
      tier: query.tier ?? null,
      asOf: question.at,
      ...(query.asKnownAt !== undefined ? { asKnownAt: query.asKnownAt } : {}),
      position,
      items: page.items,
      nextCursor: page.nextCursor,
    };
  }
}

function wantsCsv(accept: string | undefined): boolean {
  return accept !== undefined && /(^|,)\s*text\/csv\s*(;|,|$)/i.test(accept);
}
