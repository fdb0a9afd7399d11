import { type Decider } from '../decider.js';
import { assertUnreachable } from '../shared/errors.js';
import { decideCheckIn, type CheckIn } from './commands/check-in.command.js';
import { decideCheckOut, type CheckOut } from './commands/check-out.command.js';
import {
  decideCloseMissedCheckOut,
  type CloseMissedCheckOut,
} from './commands/close-missed-check-out.command.js';
import { decideConfirmSession, type ConfirmSession } from './commands/confirm-session.command.js';
import { decideCorrectSession, type CorrectSession } from './commands/correct-session.command.js';
import {
  decideImportHistoricalSession,
  type ImportHistoricalSession,
} from './commands/import-historical-session.command.js';
import {
  decideRecordManualSession,
  type RecordManualSession,
} from './commands/record-manual-session.command.js';
import { decideRegisterVolunteer, type RegisterVolunteer } from './commands/register-volunteer.command.js';
import { decideLodgeObjection, type LodgeObjection } from './commands/lodge-objection.command.js';
import { decideRejectSession, type RejectSession } from './commands/reject-session.command.js';
import { decideRevokeSession, type RevokeSession } from './commands/revoke-session.command.js';
import {
  decideGrantSchoolConsent,
  type GrantSchoolConsent,
} from './commands/grant-school-consent.command.js';
import {
  decideRevokeSchoolConsent,
  type RevokeSchoolConsent,
} from './commands/revoke-school-consent.command.js';
import { decideGrantAward, type GrantAward } from './commands/grant-award.command.js';
import { decideRevokeAward, type RevokeAward } from './commands/revoke-award.command.js';
import {
  decideChangeLeagueStatus,
  type ChangeLeagueStatus,
} from './commands/change-league-status.command.js';
import { decideChangeSchool, type ChangeSchool } from './commands/change-school.command.js';
import {
  decideDeactivateVolunteer,
  decideReactivateVolunteer,
  type DeactivateVolunteer,
  type ReactivateVolunteer,
} from './commands/deactivate-volunteer.command.js';
import { decideTransferVolunteer, type TransferVolunteer } from './commands/transfer-volunteer.command.js';
import { type VolunteerStreamEvent } from './volunteer.events.js';
import {
  detachVolunteer,
  evolveVolunteer,
  foldOwnedVolunteer,
  foldVolunteer,
  initialVolunteerState,
  type VolunteerState,
} from './volunteer.state.js';

/** Everything decided on a volunteer's stream, so the overlap rule is checked in one place. */
export type VolunteerCommand =
  | RegisterVolunteer
  | CheckIn
  | CheckOut
  | CloseMissedCheckOut
  | RecordManualSession
  | ImportHistoricalSession
  | ConfirmSession
  | LodgeObjection
  | RejectSession
  | CorrectSession
  | RevokeSession
  | GrantSchoolConsent
  | RevokeSchoolConsent
  | GrantAward
  | RevokeAward
  | ChangeLeagueStatus
  | ChangeSchool
  | TransferVolunteer
  | DeactivateVolunteer
  | ReactivateVolunteer;

export function decideVolunteer(command: VolunteerCommand, state: VolunteerState): VolunteerStreamEvent[] {
  switch (command.type) {
    case 'RegisterVolunteer':
      return decideRegisterVolunteer(command, state);
    case 'CheckIn':
      return decideCheckIn(command, state);
    case 'CheckOut':
      return decideCheckOut(command, state);
    case 'CloseMissedCheckOut':
      return decideCloseMissedCheckOut(command, state);
    case 'RecordManualSession':
      return decideRecordManualSession(command, state);
    case 'ImportHistoricalSession':
      return decideImportHistoricalSession(command, state);
    case 'ConfirmSession':
      return decideConfirmSession(command, state);
    case 'LodgeObjection':
      return decideLodgeObjection(command, state);
    case 'RejectSession':
      return decideRejectSession(command, state);
    case 'CorrectSession':
      return decideCorrectSession(command, state);
    case 'RevokeSession':
      return decideRevokeSession(command, state);
    case 'GrantSchoolConsent':
      return decideGrantSchoolConsent(command, state);
    case 'RevokeSchoolConsent':
      return decideRevokeSchoolConsent(command, state);
    case 'GrantAward':
      return decideGrantAward(command, state);
    case 'RevokeAward':
      return decideRevokeAward(command, state);
    case 'ChangeLeagueStatus':
      return decideChangeLeagueStatus(command, state);
    case 'ChangeSchool':
      return decideChangeSchool(command, state);
    case 'TransferVolunteer':
      return decideTransferVolunteer(command, state);
    case 'DeactivateVolunteer':
      return decideDeactivateVolunteer(command, state);
    case 'ReactivateVolunteer':
      return decideReactivateVolunteer(command, state);
    default:
      return assertUnreachable(command);
  }
}

export const volunteerDecider: Decider<VolunteerCommand, VolunteerStreamEvent, VolunteerState> = {
  initialState: initialVolunteerState,
  decide: decideVolunteer,
  evolve: evolveVolunteer,
  fold: foldVolunteer,
  owned: { fold: foldOwnedVolunteer, detach: detachVolunteer },
};
