import { ChangeLeagueStatusHandler } from './change-league-status/change-league-status.handler.js';
import { ChangeLeagueStatusHttpController } from './change-league-status/change-league-status.http.controller.js';
import { ChangeSchoolHandler } from './change-school/change-school.handler.js';
import { ChangeSchoolHttpController } from './change-school/change-school.http.controller.js';
import {
  DeactivateVolunteerHandler,
  ReactivateVolunteerHandler,
} from './deactivate-volunteer/deactivate-volunteer.handler.js';
import { DeactivateVolunteerHttpController } from './deactivate-volunteer/deactivate-volunteer.http.controller.js';
import { ProfileChanges } from './profile-change.js';
import { TransferVolunteerHandler } from './transfer-volunteer/transfer-volunteer.handler.js';
import { TransferVolunteerHttpController } from './transfer-volunteer/transfer-volunteer.http.controller.js';

/** Changes to a volunteer's standing after registration: league status, school, home organisation, activity. */
export const PROFILE_CHANGE_CONTROLLERS = [
  ChangeLeagueStatusHttpController,
  ChangeSchoolHttpController,
  TransferVolunteerHttpController,
  DeactivateVolunteerHttpController,
];

export const PROFILE_CHANGE_PROVIDERS = [
  ProfileChanges,
  ChangeLeagueStatusHandler,
  ChangeSchoolHandler,
  TransferVolunteerHandler,
  DeactivateVolunteerHandler,
  ReactivateVolunteerHandler,
];
