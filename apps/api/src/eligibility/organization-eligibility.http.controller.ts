import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor } from '@vl/auth';
import { type Actor, DomainError } from '@vl/domain';
import { DirectoryQuery } from '@vl/read-model';
import { type FastifyReply } from 'fastify';
import { downloadHeaders, exportFormat, XLSX_MEDIA_TYPE } from '../shared/export-format.js';
import { IdParam } from '../shared/id-param.js';
import { workbook } from '../shared/spreadsheet.js';
import { ReadPosition } from '../shared/read-position.js';
import { AuditList, type AuditListItem, countEligible } from './audit-list.js';
import { eligibilityCsv } from './eligibility-csv.js';
import { eligibilitySheet } from './eligibility-workbook.js';
import { EligibleCountRequest, OrganizationEligibilityRequest } from './eligibility.request.dto.js';
import { EligibilityService } from './eligibility.service.js';
import {
  EligibleCountResponseDto,
  OrganizationEligibilityResponseDto,
} from './eligibility-lists.response.dto.js';

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
const EXPORT_PAGE = 1000;

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
  @ApiExtraModels(OrganizationEligibilityResponseDto)
  @ApiOkResponse({
    description:
      'A page of the audit list; as CSV with `Accept: text/csv` or `format=csv`; as an Excel workbook ' +
      '(Chinese headers, the CSV’s columns) with `Accept: ' +
      XLSX_MEDIA_TYPE +
      '` or `format=xlsx`',
    headers: {
      'x-next-cursor': {
        description: 'CSV and XLSX only: the cursor of the next page',
        schema: { type: 'string' },
      },
      'x-read-position': {
        description: 'CSV and XLSX only: the read model’s position',
        schema: { type: 'integer' },
      },
    },
    content: {
      'application/json': { schema: { $ref: getSchemaPath(OrganizationEligibilityResponseDto) } },
      'text/csv': {
        schema: { type: 'string' },
        example:
          'volunteerId,name,organizationId,policyId,version,eligible,tier,measured,threshold,missing\n',
      },
      [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary: 'The audit list: volunteers of the subtree with their determinations, by policy and tier',
  })
  async list(
    @IdParam() organizationId: string,
    @Query() query: OrganizationEligibilityRequest,
    @CurrentActor() actor: Actor,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganizationEligibilityResponse | string | Buffer> {
    const position = await this.reads.caughtUp(query.minPosition);
    const organization = await this.directory.organization(organizationId);
    if (!organization) {
      throw new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, 'id');
    }
    assertMayActWithin(actor, organization);
    if (query.tier !== undefined && query.policy === undefined) {
      throw new DomainError('VALIDATION_FAILED', 'tier needs policy', 'tier');
    }
    const format = exportFormat(query.format, accept);
    const question = this.eligibility.resolve({
      asOf: query.asOf,
      asKnownAt: query.asKnownAt,
      policyId: query.policy,
      tier: query.tier,
    });
    const limit = query.limit ?? (format === 'json' ? JSON_PAGE : EXPORT_PAGE);
    const page = await this.auditList.page(organizationId, question, limit, query.cursor);
    if (format !== 'json') {
      void reply
        .headers(downloadHeaders(format, `eligibility-${organizationId}`))
        .header('x-read-position', String(position));
      if (page.nextCursor !== null) void reply.header('x-next-cursor', page.nextCursor);
      return format === 'csv'
        ? eligibilityCsv(page.items)
        : workbook([eligibilitySheet(page.items)], this.eligibility.timeZone);
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

  @Get('eligibility/count')
  @Access({ kind: 'roles', roles: ['admin', 'auditor'], write: false })
  @ApiOkResponse({ type: EligibleCountResponseDto })
  @ApiOperation({
    summary:
      'How many volunteers of the subtree a policy’s tier admits (e.g. league-admission, qualified: the ' +
      'applicants eligible for 积分入团), judged as the audit list judges them',
  })
  async count(
    @IdParam() organizationId: string,
    @Query() query: EligibleCountRequest,
    @CurrentActor() actor: Actor,
  ): Promise<EligibleCountResponseDto> {
    const position = await this.reads.caughtUp(query.minPosition);
    const organization = await this.directory.organization(organizationId);
    if (!organization) {
      throw new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, 'id');
    }
    assertMayActWithin(actor, organization);
    const question = this.eligibility.resolve({
      asOf: query.asOf,
      asKnownAt: query.asKnownAt,
      policyId: query.policy,
      tier: query.tier,
    });
    const counted = await countEligible(this.directory, this.eligibility, organizationId, question);
    return {
      organizationId,
      policy: query.policy,
      tier: query.tier,
      asOf: question.at,
      ...(query.asKnownAt !== undefined ? { asKnownAt: query.asKnownAt } : {}),
      position,
      ...counted,
    };
  }
}
