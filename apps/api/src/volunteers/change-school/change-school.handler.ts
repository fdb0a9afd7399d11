import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { type ProfileChanged, ProfileChanges } from '../profile-change.js';

export class ChangeSchoolCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly schoolId: string | null;
  readonly effectiveOn?: string;
}> {}

/**
 * Decided by `decideChangeSchool` (libs/domain/src/volunteer/commands/change-school.command.ts), which also
 * ends the consent to the school left. Any school may be named: a student changes school across districts.
 */
@CommandHandler(ChangeSchoolCommand)
export class ChangeSchoolHandler implements ICommandHandler<ChangeSchoolCommand, ProfileChanged> {
  constructor(
    private readonly profiles: ProfileChanges,
    private readonly organizations: OrganizationLookup,
  ) {}

  async execute({ context, input }: ChangeSchoolCommand): Promise<ProfileChanged> {
    const { volunteerId, schoolId, effectiveOn } = input;
    await this.profiles.requireInScope(context, volunteerId);
    const found = schoolId === null ? undefined : await this.organizations.find(schoolId);
    const school = found
      ? { organizationId: found.organizationId, kind: found.kind, path: found.path }
      : null;
    return this.profiles.change(context, volunteerId, (clock) => ({
      type: 'ChangeSchool',
      data: { schoolId, school, ...(effectiveOn === undefined ? {} : { effectiveOn }), ...clock },
    }));
  }
}
