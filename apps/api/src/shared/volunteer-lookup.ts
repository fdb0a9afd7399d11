import { Injectable } from '@nestjs/common';
import { DomainError, type RegisteredVolunteer } from '@vl/domain';
import { VolunteerStreams } from './streams.js';

/** Reads a volunteer from their own stream, the authoritative source, before a command relies on it. */
@Injectable()
export class VolunteerLookup {
  constructor(private readonly streams: VolunteerStreams) {}

  async require(volunteerId: string): Promise<RegisteredVolunteer> {
    const state = await this.streams.load(volunteerId);
    if (state.status !== 'Registered') {
      throw new DomainError('VOLUNTEER_NOT_FOUND', `Volunteer ${volunteerId} is not registered`, 'id');
    }
    return state;
  }
}
