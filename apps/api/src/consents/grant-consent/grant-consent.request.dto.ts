import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsInstant, IsLedgerId } from '../../shared/validation.js';

export class GrantConsentRequest {
  @ApiProperty({ example: 'zhuzhou-no2-middle-school', description: 'An organisation of kind school' })
  @IsLedgerId()
  schoolId!: string;

  @ApiPropertyOptional({
    example: '2026-07-01T00:00:00+08:00',
    description: 'When the consent ends; until revoked when absent',
  })
  @IsOptional()
  @IsInstant()
  until?: string;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'Required for a volunteer under 18: the day their guardian consented (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsCalendarDate()
  guardianConsentedOn?: string;
}
