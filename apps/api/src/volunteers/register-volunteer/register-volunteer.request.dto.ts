import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEAGUE_STATUSES, type LeagueStatus } from '@vl/domain';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsPlainText } from '../../shared/validation.js';

export class RegisterVolunteerRequest {
  @ApiPropertyOptional({ example: 'v-0001' })
  @IsOptional()
  @IsLedgerId()
  id?: string;

  @ApiProperty({ example: '张小青' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @IsPlainText()
  name!: string;

  @ApiProperty({ example: '2008-03-14', description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  birthDate!: string;

  @ApiProperty({ example: 'lianhua-community' })
  @IsLedgerId()
  organizationId!: string;

  @ApiPropertyOptional({ example: 'zhuzhou-no2-middle-school' })
  @IsOptional()
  @IsLedgerId()
  schoolId?: string;

  @ApiProperty({ enum: LEAGUE_STATUSES })
  @IsIn(LEAGUE_STATUSES)
  leagueStatus!: LeagueStatus;
}
