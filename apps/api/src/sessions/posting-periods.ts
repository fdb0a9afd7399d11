import { Injectable } from '@nestjs/common';
import { inheritedPostingDays } from '@vl/domain';
import { type ReadFacts } from '../shared/stream-command-handler.js';
import { OrganizationStreams } from '../shared/streams.js';

/** No posting: for a command that posts nothing, with nothing read. */
export const NO_POSTING: ReadFacts<number> = { facts: 0, reads: [] };

/**
 * 公示: the posting days that apply to an activity, read from the organisation streams on its path (not a
 * projection), so a setting applies to every confirmation appended after it. Given as a command's facts
 * (`HandleOptions.facts`), the append is refused if a stream on the path moved on since it was read.
 */
@Injectable()
export class PostingPeriods {
  constructor(private readonly organizations: OrganizationStreams) {}

  /** The days, read from the store, or unless `fresh`, from the states this process keeps. */
  async daysFor(organizationPath: readonly string[], fresh = true): Promise<ReadFacts<number>> {
    const states = await Promise.all(organizationPath.map((id) => this.organizations.read(id, fresh)));
    const settings = new Map<string, number>();
    for (const { state } of states) {
      if (state.status === 'Registered' && state.postingDays !== null) {
        settings.set(state.organizationId, state.postingDays);
      }
    }
    return {
      facts: inheritedPostingDays(organizationPath, (id) => settings.get(id)),
      reads: states.map(({ read }) => read),
    };
  }
}
