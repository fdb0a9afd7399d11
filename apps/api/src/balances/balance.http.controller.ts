import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { HttpProblem } from '../shared/problem.js';
import { IdParam } from '../shared/id-param.js';
import { PointsService } from './points.service.js';
import { BalanceQueryRequest, LedgerQueryRequest } from './balance.request.dto.js';
import { LedgerPageResponse } from './ledger.responses.js';

export interface BalanceResponse {
  volunteerId: string;
  confirmedMinutes: number;
  pendingMinutes: number;
  byYear: Record<string, number>;
  byCategory: Record<string, number>;
  points: number;
  position: number;
  asOf?: string;
  asKnownAt?: string;
}

const READERS = ['volunteer', 'organizer', 'admin', 'auditor'] as const;

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
  ) {}

  @Get('balance')
  @Access({ kind: 'roles', roles: READERS, write: false })
  @ApiOperation({ summary: 'Confirmed and pending minutes, by year and category, and points' })
  async balance(
    @IdParam() volunteerId: string,
    @Query() query: BalanceQueryRequest,
    @CurrentActor() actor: Actor,
  ): Promise<BalanceResponse> {
    if (query.asOf === undefined && query.asKnownAt === undefined) {
      // The common read: one statement, so the position it reports and the figures come from one snapshot.
      if (query.minPosition !== undefined) await this.caughtUp(query.minPosition);
      const snapshot = await this.snapshots.current(volunteerId);
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
    const when = { asOf: query.asOf, asKnownAt: query.asKnownAt };
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
  @ApiOkResponse({ type: LedgerPageResponse })
  async entries(
    @IdParam() volunteerId: string,
    @Query() query: LedgerQueryRequest,
    @CurrentActor() actor: Actor,
  ): Promise<LedgerPage & { position: number; asKnownAt?: string }> {
    const position = await this.caughtUp(query.minPosition);
    await this.authorize(actor, volunteerId);
    if (query.cursor !== undefined && !isValidCursor(query.cursor)) {
      throw new HttpProblem(400, 'VALIDATION_FAILED', 'The request is malformed', 'cursor is not valid', {
        field: 'cursor',
      });
    }
    const page = await this.ledger.page(volunteerId, {
      from: query.from,
      to: query.to,
      limit: query.limit ?? 50,
      cursor: query.cursor,
      asKnownAt: query.asKnownAt,
    });
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
