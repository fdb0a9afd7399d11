import { Injectable } from '@nestjs/common';
import { type ActivitySnapshot, activityDecider, activityStream, DomainError } from '@vl/domain';
import { evolveActivityStream } from './stream-evolvers.js';
import { StreamRunner } from './stream-runner.js';

/** Reads an activity from its own stream, the authoritative source, before a session relies on it. */
@Injectable()
export class ActivityLookup {
  constructor(private readonly runner: StreamRunner) {}

  async require(activityId: string): Promise<ActivitySnapshot> {
    const state = await this.runner.load(
      activityStream(activityId),
      activityDecider.initialState,
      evolveActivityStream,
    );
    if (state.status !== 'Scheduled') {
      throw new DomainError('ACTIVITY_NOT_FOUND', `Activity ${activityId} does not exist`, 'id');
    }
    return state.activity;
  }
}
