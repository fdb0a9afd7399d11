import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, organizationDecider, organizationStream } from '@vl/domain';
import { generatedId } from '../shared/deterministic-id.js';
import { type Appended } from '../shared/responses.js';
import { evolveOrganizationStream } from '../shared/stream-evolvers.js';
import { StreamRunner } from '../shared/stream-runner.js';
import { RegisterOrganizationCommand } from './register-organization.command.js';

@CommandHandler(RegisterOrganizationCommand)
export class RegisterOrganizationHandler implements ICommandHandler<RegisterOrganizationCommand, Appended> {
  constructor(private readonly runner: StreamRunner) {}

  async execute({ context, request }: RegisterOrganizationCommand): Promise<Appended> {
    const organizationId = request.id ?? generatedId(context.idempotencySeed, 'organization');
    const parentId = request.parentId ?? null;
    let parent = null;
    if (parentId !== null) {
      const state = await this.runner.load(
        organizationStream(parentId),
        organizationDecider.initialState,
        evolveOrganizationStream,
      );
      if (state.status !== 'Registered') {
        throw new DomainError('PARENT_NOT_FOUND', `Organisation ${parentId} does not exist`, 'parentId');
      }
      parent = { organizationId: state.organizationId, kind: state.kind, path: state.path };
    }
    return this.runner.run(context, {
      stream: organizationStream(organizationId),
      initialState: organizationDecider.initialState,
      evolve: evolveOrganizationStream,
      decide: (state) =>
        organizationDecider.decide(
          {
            type: 'RegisterOrganization',
            data: { organizationId, name: request.name, kind: request.kind, parent, actor: context.actor },
          },
          state,
        ),
      respond: (_events, position) => ({ id: organizationId, position }),
    });
  }
}
