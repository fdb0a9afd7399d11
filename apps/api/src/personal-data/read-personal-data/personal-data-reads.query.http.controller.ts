import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActWithin, CurrentActor } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { type Actor, DomainError } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { IdParam } from '../../shared/id-param.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { PersonalData } from '../personal-data.service.js';
import { PersonalDataReadsPage } from './personal-data.responses.js';
import { PersonalDataReadsQuery } from './personal-data-reads.request.dto.js';

/** An administrator (or auditor) lists the unmasked reads of personal data of people in their subtree. */
@ApiTags('personal-data')
@ApiBearerAuth()
@Controller('organizations/:id/personal-data-reads')
export class PersonalDataReadsHttpController {
  constructor(
    private readonly personalData: PersonalData,
    private readonly organizations: OrganizationLookup,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get()
  @Access({ kind: 'roles', roles: ['admin'], write: false })
  @ApiOkResponse({ type: PersonalDataReadsPage })
  @ApiOperation({
    summary:
      'Who read whose unmasked personal data, when and by which route; newest first, optionally of some days only',
  })
  async list(
    @IdParam() organizationId: string,
    @Query() query: PersonalDataReadsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<PersonalDataReadsPage> {
    const organization = await this.organizations.require(organizationId, 'id');
    assertMayActWithin(actor, organization);
    const before = query.cursor === undefined ? undefined : Number(query.cursor);
    if (before !== undefined && !(Number.isSafeInteger(before) && before > 0)) {
      throw new DomainError('VALIDATION_FAILED', 'cursor is not valid', 'cursor');
    }
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw new DomainError('VALIDATION_FAILED', 'from must not be after to', 'from');
    }
    const limit = query.limit ?? 50;
    const items = await this.personalData.store.readsWithin(organizationId, limit + 1, before, {
      ...(query.from === undefined ? {} : { from: query.from }),
      ...(query.to === undefined ? {} : { to: query.to }),
      timeZone: this.config.timezone,
    });
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page, nextCursor: items.length > limit && last ? String(last.id) : null };
  }
}
