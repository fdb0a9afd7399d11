import { Injectable } from '@nestjs/common';
import { DomainError, type RegisteredVolunteer, volunteerDecider, volunteerStream } from '@vl/domain';
import { evolveVolunteerStream, foldVolunteerStream } from './stream-evolvers.js';
import { StreamRunner } from './stream-runner.js';

/** Reads a volunteer from their own stream, the authoritative source, before a command relies on it. */
@Injectable()
export class VolunteerLookup {
  constructor(private readonly runner: StreamRunner) {}

  async require(volunteerId: string): Promise<RegisteredVolunteer> {
    const state = await this.runner.load(
      volunteerStream(volunteerId),
      volunteerDecider.initialState,
      evolveVolunteerStream,
      foldVolunteerStream,
    );
    if (state.status !== 'Registered') {
      throw new DomainError('VOLUNTEER_NOT_FOUND', `Volunteer ${volunteerId} is not registered`, 'id');
    }
    return state;
  }
}
