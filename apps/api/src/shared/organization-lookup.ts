import { Injectable } from '@nestjs/common';
import { DomainError, organizationDecider, organizationStream } from '@vl/domain';
import { evolveOrganizationStream } from './stream-evolvers.js';
import { StreamRunner } from './stream-runner.js';

export interface KnownOrganization {
  readonly organizationId: string;
  readonly path: readonly string[];
}

/** Reads an organisation from its own stream, the authoritative source, before a command relies on it. */
@Injectable()
export class OrganizationLookup {
  constructor(private readonly runner: StreamRunner) {}

  async require(organizationId: string, field: string): Promise<KnownOrganization> {
    const state = await this.runner.load(
      organizationStream(organizationId),
      organizationDecider.initialState,
      evolveOrganizationStream,
    );
    if (state.status !== 'Registered') {
      throw new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, field);
    }
    return { organizationId: state.organizationId, path: state.path };
  }
}
