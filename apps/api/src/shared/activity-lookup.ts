import { Injectable } from '@nestjs/common';
import { type ActivitySnapshot, DomainError } from '@vl/domain';
import { ActivityStreams } from './streams.js';

/**
 * Reads an activity from its own stream, the authoritative source, before a session relies on it. An
 * activity's facts are final once it is scheduled (its stream holds the one ActivityScheduled event and no
 * command changes it), so a scheduled activity this process has folded is used without reading its stream
 * again; one not found yet is read each time, so it is found as soon as it is scheduled anywhere.
 */
@Injectable()
export class ActivityLookup {
  constructor(private readonly streams: ActivityStreams) {}

  async require(activityId: string): Promise<ActivitySnapshot> {
    const kept = this.streams.kept(activityId);
    const state = kept?.status === 'Scheduled' ? kept : await this.streams.load(activityId);
    if (state.status !== 'Scheduled') {
      throw new DomainError('ACTIVITY_NOT_FOUND', `Activity ${activityId} does not exist`, 'id');
    }
    return state.activity;
  }
}
