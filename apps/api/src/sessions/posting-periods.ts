import { Injectable } from '@nestjs/common';
import { inheritedPostingDays } from '@vl/domain';
import { OrganizationStreams } from '../shared/streams.js';

/**
 * 公示: the posting days that apply to an activity, read from the organisation streams on its path (not a
 * projection), so a setting applies to every confirmation appended after it.
 */
@Injectable()
export class PostingPeriods {
  constructor(private readonly organizations: OrganizationStreams) {}

  async daysFor(organizationPath: readonly string[]): Promise<number> {
    const states = await Promise.all(organizationPath.map((id) => this.organizations.load(id)));
    const settings = new Map<string, number>();
    for (const state of states) {
      if (state.status === 'Registered' && state.postingDays !== null) {
        settings.set(state.organizationId, state.postingDays);
      }
    }
    return inheritedPostingDays(organizationPath, (id) => settings.get(id));
  }
}
