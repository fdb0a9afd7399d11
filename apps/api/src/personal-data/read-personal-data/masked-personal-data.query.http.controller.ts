import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, assertMayActForVolunteer, CurrentActor } from '@vl/auth';
import { type Actor, assertUnreachable, DomainError } from '@vl/domain';
import { maskRecord } from '@vl/personal-data';
import { IdParam } from '../../shared/id-param.js';
import { VolunteerLookup } from '../../shared/volunteer-lookup.js';
import { PersonalData } from '../personal-data.service.js';
import { MaskedPersonalDataResponse } from './personal-data.responses.js';

/**
 * The personal data as pages show it: masked, so the read is not logged; after erasure, that it was erased
 * and when (where the unmasked read answers 410).
 */
@ApiTags('personal-data')
@ApiBearerAuth()
@Controller('volunteers/:id/personal-data')
export class MaskedPersonalDataQueryHttpController {
  constructor(
    private readonly personalData: PersonalData,
    private readonly volunteers: VolunteerLookup,
  ) {}

  @Get('masked')
  @Header('cache-control', 'no-store')
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: false })
  @ApiOkResponse({ type: MaskedPersonalDataResponse })
  @ApiOperation({ summary: 'The volunteer’s personal data masked, or that it was erased; not logged' })
  async read(
    @IdParam() volunteerId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MaskedPersonalDataResponse> {
    const volunteer = await this.volunteers.require(volunteerId);
    assertMayActForVolunteer(actor, volunteer.profile);
    const person = await this.personalData.find(volunteerId);
    switch (person.status) {
      case 'present':
        return { volunteerId, status: 'present', record: maskRecord(person.record), erasedAt: null };
      case 'erased':
        return { volunteerId, status: 'erased', record: null, erasedAt: person.erasedAt };
      case 'absent':
        throw new DomainError(
          'VOLUNTEER_NOT_FOUND',
          `Volunteer ${volunteerId} does not exist`,
          'volunteerId',
        );
      default:
        return assertUnreachable(person);
    }
  }
}
