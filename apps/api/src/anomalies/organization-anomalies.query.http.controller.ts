import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor } from '@vl/auth';
import { type Actor, DomainError } from '@vl/domain';
import { DirectoryQuery } from '@vl/read-model';
import { type FastifyReply } from 'fastify';
import { IdParam } from '../shared/id-param.js';
import { ReadPosition } from '../shared/read-position.js';
import { anomaliesCsv } from './anomalies-csv.js';
import { ANOMALY_CSV_PAGE, ANOMALY_PAGE, AnomalyReportRequest } from './anomalies.request.dto.js';
import { AnomalyReportService } from './anomaly-report.service.js';
import { AnomalyReportResponse } from './anomaly.response.dto.js';

const PROBLEM_CONTENT = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};
const PROBLEMS = {
  400:
    'VALIDATION_FAILED naming the field: from not before to, a period over 366 days, a date or time that is ' +
    'not ISO 8601 with an offset, limit outside 1–1000, an unknown format, a cursor this report did not give out',
  403: 'NOT_IN_SCOPE: the organisation is outside the caller’s subtree; ROLE_NOT_ALLOWED: not an admin or auditor',
  404: 'ORGANIZATION_NOT_FOUND',
} as const;

@ApiTags('anomalies')
@ApiExtraModels(AnomalyReportResponse)
@ApiBearerAuth()
@Controller('organizations/:id')
export class OrganizationAnomaliesHttpController {
  constructor(
    private readonly directory: DirectoryQuery,
    private readonly report: AnomalyReportService,
    private readonly reads: ReadPosition,
  ) {}

  @Get('anomalies')
  @Access({ kind: 'roles', roles: ['admin', 'auditor'], write: false })
  @ApiOperation({
    summary:
      'The anomaly report of the subtree: impossible travel, self-confirmation, paper sessions far above the ' +
      'usual, sessions much longer than their activity’s, check-ins after the end; each with its reason and ' +
      'sessions. Limits in docs/presence.md. JSON, or CSV with Accept: text/csv or format=csv',
  })
  @ApiResponse({
    status: 200,
    description: 'The findings, by time then id; as text/csv one row per finding',
    headers: {
      'X-Next-Cursor': { description: 'CSV only: the cursor of the next page', schema: { type: 'string' } },
    },
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AnomalyReportResponse) } },
      'text/csv': {
        schema: {
          type: 'string',
          example:
            'id,kind,at,volunteerId,volunteerName,sessionIds,reasonZh,reasonEn\r\n' +
            'CHECK_IN_AFTER_END:s-9,CHECK_IN_AFTER_END,2024-07-10T08:30:00.000Z,v1,张小青,s-9,' +
            '活动结束 30 分钟后才签到,checked in 30 minutes after the activity ended\r\n',
        },
      },
    },
  })
  @ApiResponse({ status: 400, description: PROBLEMS[400], content: PROBLEM_CONTENT })
  @ApiResponse({ status: 403, description: PROBLEMS[403], content: PROBLEM_CONTENT })
  @ApiResponse({ status: 404, description: PROBLEMS[404], content: PROBLEM_CONTENT })
  async list(
    @IdParam() organizationId: string,
    @Query() query: AnomalyReportRequest,
    @CurrentActor() actor: Actor,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AnomalyReportResponse | string> {
    const position = await this.reads.caughtUp(query.minPosition);
    const organization = await this.directory.organization(organizationId);
    if (!organization) {
      throw new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, 'id');
    }
    assertMayActWithin(actor, organization);
    const period = this.report.period(query.from, query.to);
    const csv = query.format === 'csv' || (query.format === undefined && wantsCsv(accept));
    const limit = query.limit ?? (csv ? ANOMALY_CSV_PAGE : ANOMALY_PAGE);
    const page = await this.report.page(organizationId, period, limit, query.cursor);
    if (csv) {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="anomalies-${organizationId}.csv"`)
        .header('x-read-position', String(position));
      if (page.nextCursor !== null) void reply.header('x-next-cursor', page.nextCursor);
      return anomaliesCsv(page.items);
    }
    return { organizationId, ...period, position, items: page.items, nextCursor: page.nextCursor };
  }
}

function wantsCsv(accept: string | undefined): boolean {
  return accept !== undefined && /(^|,)\s*text\/csv\s*(;|,|$)/i.test(accept);
}
