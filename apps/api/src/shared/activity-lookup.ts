import { Injectable } from '@nestjs/common';
import { type ActivitySnapshot, DomainError } from '@vl/domain';
import { ActivityStreams } from './streams.js';

/** Reads an activity from its own stream, the authoritative source, before a session relies on it. */
@Injectable()
export class ActivityLookup {
  constructor(private readonly streams: ActivityStreams) {}

  async require(activityId: string): Promise<ActivitySnapshot> {
    const state = await this.streams.load(activityId);
    if (state.status !== 'Scheduled') {
      throw new DomainError('ACTIVITY_NOT_FOUND', `Activity ${activityId} does not exist`, 'id');
    }
    return state.activity;
  }
}
