import { Injectable } from '@nestjs/common';
import { DomainError, type OrganizationKind } from '@vl/domain';
import { OrganizationStreams } from './streams.js';

export interface KnownOrganization {
  readonly organizationId: string;
  readonly path: readonly string[];
  readonly name: string;
  readonly kind: OrganizationKind;
}

/** Reads an organisation from its own stream, the authoritative source, before a command relies on it. */
@Injectable()
export class OrganizationLookup {
  constructor(private readonly streams: OrganizationStreams) {}

  async require(organizationId: string, field: string): Promise<KnownOrganization> {
    const found = await this.find(organizationId);
    if (!found) {
      throw new DomainError('ORGANIZATION_NOT_FOUND', `Organisation ${organizationId} does not exist`, field);
    }
    return found;
  }

  /** The organisation, or undefined when none has the id. */
  async find(organizationId: string): Promise<KnownOrganization | undefined> {
    const state = await this.streams.load(organizationId);
    if (state.status !== 'Registered') return undefined;
    const { path, name, kind } = state;
    return { organizationId: state.organizationId, path, name, kind };
  }

  /** Names by id, for printing; an id without an organisation prints as itself. */
  async names(organizationIds: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(organizationIds)];
    const found = await Promise.all(unique.map((id) => this.find(id)));
    return new Map(unique.map((id, index) => [id, found[index]?.name ?? id]));
  }
}
