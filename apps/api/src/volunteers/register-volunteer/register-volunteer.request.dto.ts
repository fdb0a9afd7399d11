import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEAGUE_STATUSES, type LeagueStatus } from '@vl/domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsLedgerId, IsPlainText } from '../../shared/validation.js';

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;

/** A minor's legal guardian (法定监护人) and the day they consented; kept in the personal-data store. */
export class GuardianRequest {
  @ApiProperty({ example: '张大山' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @IsPlainText()
  name!: string;

  @ApiProperty({ example: '13912345678' })
  @IsString()
  @Matches(PHONE, { message: 'phone must be 6 to 20 digits, optionally with + and spaces' })
  phone!: string;

  @ApiProperty({ example: '父亲', description: 'father, mother, or another legal guardian' })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  @IsPlainText()
  relation!: string;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD, the day the guardian consented' })
  @IsCalendarDate()
  consentedOn!: string;
}

/**
 * Name, birth date, phone, identity number and guardian go to the personal-data store, encrypted; the
 * event records ids only.
 */
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

  @ApiPropertyOptional({ example: '13812345678' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: 'phone must be 6 to 20 digits, optionally with + and spaces' })
  phone?: string;

  @ApiPropertyOptional({
    example: '11010519491231002X',
    description: 'Resident identity number, GB 11643-1999 with its check digit; must hold birthDate',
  })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  identityNumber?: string;

  @ApiPropertyOptional({
    type: GuardianRequest,
    description: 'Required when the volunteer is under 18 on the day of registration',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianRequest)
  guardian?: GuardianRequest;
}
