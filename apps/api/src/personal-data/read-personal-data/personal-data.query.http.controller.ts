import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActForVolunteer, CurrentActor } from '@vl/auth';
import { type Actor, decodeEvent, DomainError, personalDataStream, volunteerStream } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { Inject } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { IdParam } from '../../shared/id-param.js';
import { VolunteerLookup } from '../../shared/volunteer-lookup.js';
import { PersonalData } from '../personal-data.service.js';
import { personalCopyHtml, type PersonalCopy } from './personal-copy.js';
import { PersonalRecordResponse } from './personal-data.responses.js';

const READ_ROUTE = 'GET /api/v1/volunteers/:id/personal-data';
const COPY_ROUTE = 'GET /api/v1/volunteers/:id/personal-data/copy';

/**
 * Unmasked personal data: the volunteer themself, or an administrator of their subtree; every read is
 * logged (who, whose, when, which route) before the answer leaves.
 */
@ApiTags('personal-data')
@ApiBearerAuth()
@Controller('volunteers/:id/personal-data')
export class PersonalDataQueryHttpController {
  constructor(
    private readonly personalData: PersonalData,
    private readonly volunteers: VolunteerLookup,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Header('cache-control', 'no-store')
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: false })
  @ApiOkResponse({ type: PersonalRecordResponse })
  @ApiOperation({ summary: 'The volunteer’s personal data, unmasked; the read is logged' })
  async read(@IdParam() volunteerId: string, @CurrentActor() actor: Actor): Promise<PersonalRecordResponse> {
    const record = await this.authorizedRecord(actor, volunteerId, READ_ROUTE);
    return { volunteerId, ...record };
  }

  @Get('copy')
  @Header('cache-control', 'no-store')
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: false })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'html'] })
  @ApiOkResponse({
    description: 'JSON by default; a readable page with `format=html`',
    content: {
      'application/json': { schema: { type: 'object', additionalProperties: true } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiOperation({
    summary:
      'A copy of everything the ledger holds about the volunteer (PIPL right to a copy), as JSON or a readable HTML page',
  })
  async copy(
    @IdParam() volunteerId: string,
    @Query('format') format: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonalCopy | string> {
    if (format !== undefined && format !== 'json' && format !== 'html') {
      throw new DomainError('VALIDATION_FAILED', 'format must be json or html', 'format');
    }
    const personalData = await this.authorizedRecord(actor, volunteerId, COPY_ROUTE);
    const streams = [volunteerStream(volunteerId), personalDataStream(volunteerId)];
    const events = [];
    for (const stream of streams) {
      for (const recorded of await this.store.readStream(stream)) {
        const decoded = decodeEvent(recorded);
        if (!decoded) continue;
        events.push({
          stream,
          position: recorded.position,
          type: decoded.event.type,
          recordedAt: recorded.createdAt.toISOString(),
          data: decoded.event.data,
        });
      }
    }
    const copy: PersonalCopy = {
      volunteerId,
      generatedAt: new Date().toISOString(),
      personalData,
      events: events.sort((a, b) => a.position - b.position),
      reads: await this.personalData.store.readsOf(volunteerId, 1000),
    };
    if (format !== 'html') return copy;
    void reply.type('text/html; charset=utf-8');
    return personalCopyHtml(copy);
  }

  private async authorizedRecord(actor: Actor, volunteerId: string, route: string) {
    const volunteer = await this.volunteers.require(volunteerId);
    assertMayActForVolunteer(actor, volunteer.profile);
    const record = await this.personalData.requireRecord(volunteerId);
    await this.personalData.store.logRead({
      actor: actor.sub,
      volunteerId,
      organizationPath: volunteer.profile.organizationPath,
      route,
    });
    return record;
  }
}
