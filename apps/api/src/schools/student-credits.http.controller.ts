import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, covers, CurrentActor } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type Actor, DomainError } from '@vl/domain';
import { ReadModelStatus } from '@vl/read-model';
import { LEDGER_CONFIG } from '@vl/platform';
import { IdParam } from '../shared/id-param.js';
import { OrganizationLookup } from '../shared/organization-lookup.js';
import { HttpProblem } from '../shared/problem.js';
import { StudentCreditsRequest } from './student-credits.request.dto.js';
import { type StudentCreditsRoster, StudentCreditsService } from './student-credits.service.js';

@ApiTags('schools')
@ApiBearerAuth()
@Controller('schools/:id/students')
export class StudentCreditsHttpController {
  constructor(
    private readonly credits: StudentCreditsService,
    private readonly organizations: OrganizationLookup,
    private readonly status: ReadModelStatus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('credits')
  @Access({ kind: 'roles', roles: ['school', 'admin', 'auditor'], write: false })
  @ApiOperation({
    summary:
      'The students whose consent to this school is in force, with their minutes, credits and evidence',
  })
  async roster(
    @IdParam() schoolId: string,
    @Query() query: StudentCreditsRequest,
    @CurrentActor() actor: Actor,
  ): Promise<StudentCreditsRoster & { position: number }> {
    const position =
      query.minPosition === undefined
        ? await this.status.position()
        : await this.status.waitFor(query.minPosition, this.config.minPositionWaitMs);
    await this.authorize(actor, schoolId);
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
      asOf: new Date().toISOString(),
    });
    return { ...roster, position };
  }

  /** A school account sees its own school only; an admin or auditor a school within their subtree. */
  private async authorize(actor: Actor, schoolId: string): Promise<void> {
    const school = await this.organizations.find(schoolId);
    if (!school) throw new DomainError('SCHOOL_NOT_FOUND', `School ${schoolId} does not exist`, 'id');
    if (school.kind !== 'school') {
      throw new DomainError(
        'NOT_A_SCHOOL',
        `Organisation ${schoolId} is a ${school.kind}, not a school`,
        'id',
      );
    }
    const ownSchool = actor.roles.includes('school') && actor.schoolId === schoolId;
    const overseer =
      (actor.roles.includes('admin') || actor.roles.includes('auditor')) && covers(actor.org, school.path);
    if (!ownSchool && !overseer) {
      throw new DomainError('NOT_IN_SCOPE', `School ${schoolId} is outside your scope`);
    }
  }
}
