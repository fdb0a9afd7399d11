import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Access, assertMayReadSchool, CurrentActor } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type Actor, DomainError } from '@vl/domain';
import { ReadModelStatus } from '@vl/read-model';
import { LEDGER_CONFIG } from '@vl/platform';
import { type FastifyReply } from 'fastify';
import { downloadHeaders, exportFormat, XLSX_MEDIA_TYPE } from '../shared/export-format.js';
import { sheetCsv, workbook } from '../shared/spreadsheet.js';
import { IdParam } from '../shared/id-param.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { type KnownOrganization, OrganizationLookup } from '../shared/organization-lookup.js';
import { HttpProblem } from '../shared/problem.js';
import { StudentCreditsRequest } from './student-credits.request.dto.js';
import { type StudentCreditsRoster, StudentCreditsService } from './student-credits.service.js';
import { StudentCreditsResponseDto } from './student-credits.response.dto.js';
import { requirementSheet, studentCreditsSheet } from './student-credits-export.js';

@ApiTags('schools')
@ApiBearerAuth()
@Controller('schools/:id/students')
export class StudentCreditsHttpController {
  constructor(
    private readonly credits: StudentCreditsService,
    private readonly organizations: OrganizationLookup,
    private readonly status: ReadModelStatus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('credits')
  @Access({ kind: 'roles', roles: ['school', 'admin', 'auditor'], write: false })
  @ApiExtraModels(StudentCreditsResponseDto)
  @ApiOkResponse({
    description:
      'The roster; as CSV with `Accept: text/csv` or `format=csv`, as an Excel workbook (Chinese headers, ' +
      'times in the programme’s zone, a second sheet with the requirement) with `Accept: ' +
      XLSX_MEDIA_TYPE +
      '` or `format=xlsx`',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(StudentCreditsResponseDto) } },
      'text/csv': {
        schema: { type: 'string' },
        example:
          'volunteerId,name,minutes,credits,meetsRequirement,missing,consentUntil,consentId,evidence\r\n',
      },
      [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary:
      'The students whose consent to this school is in force, with their minutes, credits and evidence',
  })
  async roster(
    @IdParam() schoolId: string,
    @Query() query: StudentCreditsRequest,
    @CurrentActor() actor: Actor,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<(StudentCreditsRoster & { position: number }) | string | Buffer> {
    const position =
      query.minPosition === undefined
        ? await this.status.position()
        : await this.status.waitFor(query.minPosition, this.config.minPositionWaitMs);
    assertMayReadSchool(actor, await this.school(schoolId));
    if ((query.from === undefined) !== (query.to === undefined)) {
      const field = query.from === undefined ? 'from' : 'to';
      throw new HttpProblem(400, 'VALIDATION_FAILED', 'The request is malformed', 'from and to go together', {
        field,
      });
    }
    if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
      throw new HttpProblem(400, 'VALIDATION_FAILED', 'The request is malformed', 'to is before from', {
        field: 'to',
      });
    }
    const roster = await this.credits.credits({
      schoolId,
      policyId: query.policy,
      requiredMinutes: query.requiredMinutes,
      ...(query.from !== undefined && query.to !== undefined
        ? { period: { from: query.from, to: query.to } }
        : {}),
      asOf: this.clock.now().toISOString(),
    });
    const answer = { ...roster, position };
    const format = exportFormat(query.format, accept);
    if (format === 'json') return answer;
    void reply.headers(downloadHeaders(format, `credits-${schoolId}`)).header('cache-control', 'no-store');
    if (format === 'csv') return sheetCsv(studentCreditsSheet(answer));
    return workbook([studentCreditsSheet(answer), requirementSheet(answer)], this.config.timezone);
  }

  private async school(schoolId: string): Promise<KnownOrganization> {
    const school = await this.organizations.find(schoolId);
    if (!school) throw new DomainError('SCHOOL_NOT_FOUND', `School ${schoolId} does not exist`, 'id');
    if (school.kind !== 'school') {
      throw new DomainError(
        'NOT_A_SCHOOL',
        `Organisation ${schoolId} is a ${school.kind}, not a school`,
        'id',
      );
    }
    return school;
  }
}
