import { ApiProperty } from '@nestjs/swagger';
import { LEAGUE_STATUSES, type LeagueStatus } from '@vl/domain';
import { IsIn } from 'class-validator';
import { EffectiveOnRequest } from '../profile-change.js';

export class ChangeLeagueStatusRequest extends EffectiveOnRequest {
  @ApiProperty({
    enum: LEAGUE_STATUSES,
    example: 'member',
    description:
      'The new status: applicant → member on admission; a member does not become an applicant again',
  })
  @IsIn(LEAGUE_STATUSES)
  leagueStatus!: LeagueStatus;
}
