import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant, IsLedgerId } from '../../shared/validation.js';

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
}
