import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActForVolunteer, CurrentActor } from '@vl/auth';
import { type Actor, DomainError } from '@vl/domain';
import {
  type AwardListItem,
  type CertificateListItem,
  type ConsentListItem,
  type Page,
  type ProfileChangeItem,
  ProfileHistoryQuery,
  VolunteerDirectoryQuery,
  type VolunteerDetails,
  VolunteerRecordsQuery,
} from '@vl/read-model';
import { IdParam } from '../shared/id-param.js';
import { ReadYourWritesQuery } from '../shared/query-params.js';
import { maskBirthDate } from '@vl/personal-data';
import { displayName, PersonalData } from '../personal-data/personal-data.service.js';
import { ReadPosition } from '../shared/read-position.js';
import { PageQuery, pageOf } from './lookup.request.dto.js';
import {
  AwardsPage,
  CertificatesPage,
  ConsentsPage,
  ProfileChangesResponse,
  VolunteerProfileResponse,
} from './lookup.responses.js';

/** The volunteer for themself; organisers, admins and auditors for volunteers of their subtree. */
const RECORD_READERS = {
  kind: 'roles',
  roles: ['volunteer', 'organizer', 'admin', 'auditor'],
  write: false,
} as const;

export type VolunteerProfile = Omit<VolunteerDetails, 'organizationPath'>;

@ApiTags('lookups')
@ApiBearerAuth()
@Controller('volunteers/:id')
export class VolunteerLookupsHttpController {
  constructor(
    private readonly personalData: PersonalData,
    private readonly directory: VolunteerDirectoryQuery,
    private readonly records: VolunteerRecordsQuery,
    private readonly reads: ReadPosition,
    private readonly history: ProfileHistoryQuery,
  ) {}

  @Get()
  @Access({ kind: 'roles', roles: [...RECORD_READERS.roles, 'school'], write: false })
  @ApiOperation({
    summary:
      'A volunteer’s profile: the volunteer, their subtree’s organisers, admins and auditors, and schools they consent to',
  })
  @ApiOkResponse({ type: VolunteerProfileResponse })
  async profile(
    @IdParam() volunteerId: string,
    @Query() query: ReadYourWritesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<VolunteerProfile> {
    await this.caughtUp(query.minPosition);
    const details = await this.directory.details(volunteerId);
    if (!details) throw notFound(volunteerId);
    await this.assertMayRead(actor, details);
    const { organizationPath: _path, ...profile } = details;
    // Shown masked: the unmasked record is GET /volunteers/{id}/personal-data, and every read is logged.
    const person = await this.personalData.find(volunteerId);
    return {
      ...profile,
      name: displayName(person),
      birthDate: person.status === 'present' ? maskBirthDate(person.record.birthDate) : '',
    };
  }

  @Get('profile-changes')
  @Access(RECORD_READERS)
  @ApiOperation({
    summary:
      'The changes to a volunteer’s league status, school, home organisation and activity, each with the value it replaced, oldest first',
  })
  @ApiOkResponse({ type: ProfileChangesResponse })
  async profileChanges(
    @IdParam() volunteerId: string,
    @Query() query: ReadYourWritesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: ProfileChangeItem[] }> {
    await this.authorize(actor, volunteerId, query.minPosition);
    return { items: await this.history.changesOf(volunteerId) };
  }

  @Get('awards')
  @Access(RECORD_READERS)
  @ApiOperation({ summary: 'The honours a volunteer was granted, revoked ones included, oldest first' })
  @ApiOkResponse({ type: AwardsPage })
  async awards(
    @IdParam() volunteerId: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<AwardListItem>> {
    await this.authorize(actor, volunteerId, query.minPosition);
    return this.records.awards(volunteerId, pageOf(query));
  }

  @Get('certificates')
  @Access(RECORD_READERS)
  @ApiOperation({ summary: 'The certificates issued to a volunteer, each with whether it still verifies' })
  @ApiOkResponse({ type: CertificatesPage })
  async certificates(
    @IdParam() volunteerId: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<CertificateListItem>> {
    await this.authorize(actor, volunteerId, query.minPosition);
    return this.records.certificates(volunteerId, pageOf(query));
  }

  @Get('consents')
  @Access(RECORD_READERS)
  @ApiOperation({ summary: 'The consents a volunteer gave schools, the latest per school, by school id' })
  @ApiOkResponse({ type: ConsentsPage })
  async consents(
    @IdParam() volunteerId: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ConsentListItem>> {
    await this.authorize(actor, volunteerId, query.minPosition);
    return this.records.consents(volunteerId, new Date().toISOString(), pageOf(query));
  }

  private async authorize(actor: Actor, volunteerId: string, minPosition?: number): Promise<void> {
    await this.caughtUp(minPosition);
    const details = await this.directory.details(volunteerId);
    if (!details) throw notFound(volunteerId);
    assertMayActForVolunteer(actor, { volunteerId, organizationPath: details.organizationPath });
  }

  /** As for every record of a volunteer; a school also reads a student whose consent to it is in force. */
  private async assertMayRead(actor: Actor, details: VolunteerDetails): Promise<void> {
    const volunteer = { volunteerId: details.id, organizationPath: details.organizationPath };
    const readsAsSchool =
      actor.roles.includes('school') &&
      actor.schoolId !== undefined &&
      (await this.records.consentInForce(details.id, actor.schoolId, new Date().toISOString()));
    if (readsAsSchool) return;
    const others = actor.roles.filter((role) => role !== 'school');
    assertMayActForVolunteer({ ...actor, roles: others }, volunteer);
  }

  private async caughtUp(minPosition: number | undefined): Promise<void> {
    if (minPosition !== undefined) await this.reads.caughtUp(minPosition);
  }
}

function notFound(volunteerId: string): DomainError {
  return new DomainError('VOLUNTEER_NOT_FOUND', `Volunteer ${volunteerId} is not registered`, 'id');
}
