import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Access, assertMayActForVolunteer, CurrentActor } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type Actor, DomainError } from '@vl/domain';
import {
  BalanceQuery,
  BalanceSnapshotQuery,
  DirectoryQuery,
  LedgerQuery,
  type LedgerPage,
  ReadModelStatus,
  isValidCursor,
} from '@vl/read-model';
import { LEDGER_CONFIG } from '@vl/platform';
import { type FastifyReply } from 'fastify';
import { downloadHeaders, exportFormat, XLSX_MEDIA_TYPE } from '../shared/export-format.js';
import { sheetCsv, workbook } from '../shared/spreadsheet.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { HttpProblem } from '../shared/problem.js';
import { IdParam } from '../shared/id-param.js';
import { PointsService } from './points.service.js';
import { BalanceQueryRequest, LedgerQueryRequest } from './balance.request.dto.js';
import { BalanceResponseDto } from './balance.response.dto.js';
import { ledgerSheet } from './ledger-export.js';
import { LedgerPageResponse } from './ledger.responses.js';

export interface BalanceResponse {
  volunteerId: string;
  confirmedMinutes: number;
  pendingMinutes: number;
  postedMinutes: number;
  byYear: Record<string, number>;
  byCategory: Record<string, number>;
  points: number;
  position: number;
  asOf?: string;
  asKnownAt?: string;
}

const READERS = ['volunteer', 'organizer', 'admin', 'auditor'] as const;
const JSON_PAGE_MAX = 200;
const EXPORT_PAGE = 1000;

@ApiTags('balances')
@ApiBearerAuth()
@Controller('volunteers/:id')
export class BalanceHttpController {
  constructor(
    private readonly balances: BalanceQuery,
    private readonly snapshots: BalanceSnapshotQuery,
    private readonly ledger: LedgerQuery,
    private readonly directory: DirectoryQuery,
    private readonly status: ReadModelStatus,
    private readonly points: PointsService,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('balance')
  @Access({ kind: 'roles', roles: READERS, write: false })
  @ApiOkResponse({ type: BalanceResponseDto })
  @ApiOperation({ summary: 'Confirmed and pending minutes, by year and category, and points' })
  async balance(
    @IdParam() volunteerId: string,
    @Query() query: BalanceQueryRequest,
    @CurrentActor() actor: Actor,
  ): Promise<BalanceResponse> {
    if (query.asOf === undefined && query.asKnownAt === undefined) {
      // The common read: one statement, so the position it reports and the figures come from one snapshot.
      if (query.minPosition !== undefined) await this.caughtUp(query.minPosition);
      const snapshot = await this.snapshots.current(volunteerId, this.clock.now().toISOString());
      if (!snapshot.volunteer) {
        throw new DomainError('VOLUNTEER_NOT_FOUND', `Volunteer ${volunteerId} is not registered`);
      }
      assertMayActForVolunteer(actor, snapshot.volunteer);
      return {
        ...snapshot.balance,
        points: this.points.pointsFrom(snapshot.entries, snapshot.honours),
        position: snapshot.position,
      };
    }
    // The position first, so the answer is at least as fresh as the position it reports; then the
    // independent reads together. Nothing read is returned unless the caller may see it.
    const position = await this.caughtUp(query.minPosition);
    const when = { asOf: query.asOf, asKnownAt: query.asKnownAt, now: this.clock.now().toISOString() };
    const [, view, points] = await Promise.all([
      this.authorize(actor, volunteerId),
      this.balances.asOf(volunteerId, when),
      this.points.pointsOf(volunteerId, when),
    ]);
    return {
      ...view,
      points,
      position,
      ...(query.asOf !== undefined ? { asOf: query.asOf } : {}),
      ...(query.asKnownAt !== undefined ? { asKnownAt: query.asKnownAt } : {}),
    };
  }

  @Get('ledger')
  @Access({ kind: 'roles', roles: READERS, write: false })
  @ApiOperation({ summary: 'Ledger entries with their session, activity, minutes, state and history' })
  @ApiExtraModels(LedgerPageResponse)
  @ApiOkResponse({
    description:
      'A page of the ledger; as CSV (one row per session) with `Accept: text/csv` or `format=csv`; as an ' +
      'Excel workbook (Chinese headers, times in the programme’s zone) with `Accept: ' +
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
      'application/json': { schema: { $ref: getSchemaPath(LedgerPageResponse) } },
      'text/csv': {
        schema: { type: 'string' },
        example: 'volunteerId,sessionId,activityId,activityTitle,category,organizationName,kind,state,…\r\n',
      },
      [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  async entries(
    @IdParam() volunteerId: string,
    @Query() query: LedgerQueryRequest,
    @CurrentActor() actor: Actor,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<(LedgerPage & { position: number; asKnownAt?: string }) | string | Buffer> {
    const position = await this.caughtUp(query.minPosition);
    await this.authorize(actor, volunteerId);
    if (query.cursor !== undefined && !isValidCursor(query.cursor)) {
      throw new HttpProblem(400, 'VALIDATION_FAILED', 'The request is malformed', 'cursor is not valid', {
        field: 'cursor',
      });
    }
    const format = exportFormat(query.format, accept);
    if (format === 'json' && query.limit !== undefined && query.limit > JSON_PAGE_MAX) {
      throw new HttpProblem(
        400,
        'VALIDATION_FAILED',
        'The request is malformed',
        `limit must not be greater than ${JSON_PAGE_MAX}`,
        { field: 'limit' },
      );
    }
    const page = await this.ledger.page(volunteerId, {
      from: query.from,
      to: query.to,
      limit: query.limit ?? (format === 'json' ? 50 : EXPORT_PAGE),
      cursor: query.cursor,
      asKnownAt: query.asKnownAt,
    });
    if (format !== 'json') {
      void reply
        .headers(downloadHeaders(format, `ledger-${volunteerId}`))
        .header('x-read-position', String(position))
        .header('cache-control', 'no-store');
      if (page.nextCursor !== null) void reply.header('x-next-cursor', page.nextCursor);
      const table = ledgerSheet(page);
      return format === 'csv' ? sheetCsv(table) : workbook([table], this.config.timezone);
    }
    return { ...page, position, ...(query.asKnownAt !== undefined ? { asKnownAt: query.asKnownAt } : {}) };
  }

  private async caughtUp(minPosition: number | undefined): Promise<number> {
    return minPosition === undefined
      ? this.status.position()
      : this.status.waitFor(minPosition, this.config.minPositionWaitMs);
  }

  private async authorize(actor: Actor, volunteerId: string): Promise<void> {
    const volunteer = await this.directory.volunteer(volunteerId);
    if (!volunteer)
      throw new DomainError('VOLUNTEER_NOT_FOUND', `Volunteer ${volunteerId} is not registered`);
    assertMayActForVolunteer(actor, volunteer);
  }
}
