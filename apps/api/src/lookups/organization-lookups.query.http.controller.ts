import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type Actor, DomainError } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import {
  ActivityListQuery,
  type ActivityListItem,
  type OrganizationChild,
  type OrganizationNode,
  OrganizationTreeQuery,
  type Page,
  type RangeBound,
  type ReviewQueueItem,
  ReviewQueueQuery,
  VolunteerDirectoryQuery,
  type VolunteerListItem,
} from '@vl/read-model';
import { IdParam } from '../shared/id-param.js';
import { PersonalData, withMaskedNames } from '../personal-data/personal-data.service.js';
import { ReadPosition } from '../shared/read-position.js';
import { isInstant } from '../shared/validation.js';
import { ActivityRangeQuery, PageQuery, VolunteerSearchQuery, pageOf } from './lookup.request.dto.js';
import { ReadYourWritesQuery } from '../shared/query-params.js';
import {
  ActivitiesPage,
  OrganizationChildrenPage,
  OrganizationResponse,
  ReviewQueuePage,
  VolunteersPage,
} from './lookup.responses.js';

/** Organisers, admins and auditors read the organisation tree within their subtree (SPEC §2). */
const TREE_READERS = { kind: 'roles', roles: ['organizer', 'admin', 'auditor'], write: false } as const;

@ApiTags('lookups')
@ApiBearerAuth()
@Controller('organizations/:id')
export class OrganizationLookupsHttpController {
  constructor(
    private readonly personalData: PersonalData,
    private readonly tree: OrganizationTreeQuery,
    private readonly volunteers: VolunteerDirectoryQuery,
    private readonly activities: ActivityListQuery,
    private readonly reviewQueue: ReviewQueueQuery,
    private readonly reads: ReadPosition,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get()
  @Access(TREE_READERS)
  @ApiOperation({ summary: 'An organisation, with the path from the root down to it' })
  @ApiOkResponse({ type: OrganizationResponse })
  async node(
    @IdParam() organizationId: string,
    @Query() query: ReadYourWritesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationNode> {
    await this.caughtUp(query.minPosition);
    const node = await this.tree.node(organizationId);
    if (!node) throw notFound(organizationId);
    assertMayActWithin(actor, { organizationId, path: node.path.map((ancestor) => ancestor.id) });
    return node;
  }

  @Get('children')
  @Access(TREE_READERS)
  @ApiOperation({ summary: 'The children of an organisation, by name' })
  @ApiOkResponse({ type: OrganizationChildrenPage })
  async children(
    @IdParam() organizationId: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<OrganizationChild>> {
    await this.inScope(actor, organizationId, query.minPosition);
    return this.tree.children(organizationId, pageOf(query));
  }

  @Get('volunteers')
  @Access(TREE_READERS)
  @ApiOperation({
    summary: 'Volunteers whose home is in the subtree, by id; q searches id prefix or exact full name',
    description:
      'q matches the start of a volunteer id, or a full name exactly (case, width and spacing aside) through ' +
      'the personal-data store’s keyed name index; part of a name finds nothing, an erased person is not found.',
  })
  @ApiOkResponse({ type: VolunteersPage })
  async volunteersOf(
    @IdParam() organizationId: string,
    @Query() query: VolunteerSearchQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<VolunteerListItem>> {
    await this.inScope(actor, organizationId, query.minPosition);
    // Names are sealed in the personal-data store: its blind index finds exact full names.
    const named = query.q === undefined ? [] : await this.personalData.store.idsNamed(query.q);
    const page = await this.volunteers.inSubtree(organizationId, query.q, pageOf(query), named);
    return {
      ...page,
      items: await withMaskedNames(
        this.personalData,
        page.items,
        (item) => item.id,
        (item, name) => ({ ...item, name }),
      ),
    };
  }

  @Get('activities')
  @Access(TREE_READERS)
  @ApiOperation({
    summary: 'Activities organised in the subtree whose window overlaps [from, to), by start time',
  })
  @ApiOkResponse({ type: ActivitiesPage })
  async activitiesOf(
    @IdParam() organizationId: string,
    @Query() query: ActivityRangeQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ActivityListItem>> {
    await this.inScope(actor, organizationId, query.minPosition);
    return this.activities.inSubtree(
      organizationId,
      {
        ...(query.from !== undefined ? { from: bound(query.from) } : {}),
        ...(query.to !== undefined ? { to: bound(query.to) } : {}),
        timeZone: this.config.timezone,
      },
      pageOf(query),
    );
  }

  @Get('review-queue')
  @Access(TREE_READERS)
  @ApiOperation({ summary: 'Sessions in the subtree awaiting confirmation, oldest first' })
  @ApiOkResponse({ type: ReviewQueuePage })
  async queue(
    @IdParam() organizationId: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ReviewQueueItem>> {
    await this.inScope(actor, organizationId, query.minPosition);
    const page = await this.reviewQueue.inSubtree(organizationId, pageOf(query));
    return {
      ...page,
      items: await withMaskedNames(
        this.personalData,
        page.items,
        (item) => item.volunteerId,
        (item, volunteerName) => ({ ...item, volunteerName }),
      ),
    };
  }

  private async inScope(actor: Actor, organizationId: string, minPosition?: number): Promise<void> {
    await this.caughtUp(minPosition);
    const path = await this.tree.pathOf(organizationId);
    if (!path) throw notFound(organizationId);
    assertMayActWithin(actor, { organizationId, path });
  }

  private async caughtUp(minPosition: number | undefined): Promise<void> {
    if (minPosition !== undefined) await this.reads.caughtUp(minPosition);
  }
}

function notFound(organizationId: string): DomainError {
  return new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, 'id');
}

function bound(value: string): RangeBound {
  return { value, isDate: !isInstant(value) };
}
