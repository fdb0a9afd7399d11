import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type OrganizationKind } from '@vl/domain';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { type Appended } from '../../shared/responses.js';
import { OrganizationStreams } from '../../shared/streams.js';

export class RegisterOrganizationCommand extends ActingCommand<{
  readonly id?: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly parentId?: string | null;
}> {}

/**
 * Decided by `decideOrganization` (libs/domain/src/organization/organization.decider.ts), which
 * holds that only the system administrator creates a city and every other node hangs inside the actor's
 * subtree.
 */
@CommandHandler(RegisterOrganizationCommand)
export class RegisterOrganizationHandler implements ICommandHandler<RegisterOrganizationCommand, Appended> {
  constructor(
    private readonly organizations: OrganizationStreams,
    private readonly known: OrganizationLookup,
  ) {}

  async execute({ context, input }: RegisterOrganizationCommand): Promise<Appended> {
    const organizationId = input.id ?? generatedId(context.idempotencySeed, 'organization');
    const parentId = input.parentId ?? null;
    let parent = null;
    if (parentId !== null) {
      const found = await this.known.find(parentId);
      if (!found) {
        throw new DomainError('PARENT_NOT_FOUND', `Organisation ${parentId} does not exist`, 'parentId');
      }
      parent = { organizationId: found.organizationId, kind: found.kind, path: found.path };
    }
    const { position } = await this.organizations.handle(context, organizationId, {
      type: 'RegisterOrganization',
      data: { organizationId, name: input.name, kind: input.kind, parent, actor: context.actor },
    });
    return { id: organizationId, position };
  }
}
