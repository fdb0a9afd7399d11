import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor } from '@vl/auth';
import { type Actor, DomainError } from '@vl/domain';
import {
  ActivityListQuery,
  type ActivityListItem,
  ActivityReportQuery,
  type ActivityReportView,
  type RosterEntry,
} from '@vl/read-model';
import { IdParam } from '../shared/id-param.js';
import { ReadYourWritesQuery } from '../shared/query-params.js';
import { PersonalData, withMaskedNames } from '../personal-data/personal-data.service.js';
import { ReadPosition } from '../shared/read-position.js';
import { ActivityWithRosterResponse } from './lookup.responses.js';

export interface ActivityWithRoster extends ActivityListItem {
  readonly roster: RosterEntry[];
  readonly report: ActivityReportView | null;
}

@ApiTags('lookups')
@ApiBearerAuth()
@Controller('activities/:id')
export class ActivityLookupsHttpController {
  constructor(
    private readonly personalData: PersonalData,
    private readonly activities: ActivityListQuery,
    private readonly reports: ActivityReportQuery,
    private readonly reads: ReadPosition,
  ) {}

  @Get()
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'admin', 'auditor'], write: false })
  @ApiOperation({
    summary:
      'An activity with its roster. Organisers, admins and auditors of its subtree see every session; a ' +
      'volunteer, who may check in at any activity, sees the activity and only their own sessions',
  })
  @ApiOkResponse({ type: ActivityWithRosterResponse })
  async activity(
    @IdParam() activityId: string,
    @Query() query: ReadYourWritesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ActivityWithRoster> {
    if (query.minPosition !== undefined) await this.reads.caughtUp(query.minPosition);
    const details = await this.activities.details(activityId);
    if (!details) {
      throw new DomainError('ACTIVITY_NOT_FOUND', `Activity ${activityId} does not exist`, 'id');
    }
    const { organizationPath, ...rest } = details;
    const activity = { ...rest, report: await this.reports.of(activityId) };
    const readsAll = actor.roles.some(
      (role) => role === 'organizer' || role === 'admin' || role === 'auditor',
    );
    if (readsAll) {
      assertMayActWithin(actor, { organizationId: activity.organizationId, path: organizationPath });
      return { ...activity, roster: await this.named(await this.activities.roster(activityId)) };
    }
    if (actor.volunteerId === undefined) {
      throw new DomainError('NOT_IN_SCOPE', 'A volunteer token names no volunteer');
    }
    return {
      ...activity,
      roster: await this.named(await this.activities.roster(activityId, actor.volunteerId)),
    };
  }

  private named(roster: RosterEntry[]): Promise<RosterEntry[]> {
    return withMaskedNames(
      this.personalData,
      roster,
      (entry) => entry.volunteerId,
      (entry, volunteerName) => ({ ...entry, volunteerName }),
    );
  }
}
