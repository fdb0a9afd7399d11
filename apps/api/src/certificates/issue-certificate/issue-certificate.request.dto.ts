import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsLedgerId } from '../../shared/validation.js';

export class IssueCertificateRequest {
  @ApiPropertyOptional({ example: 'cert-2025-v1', description: 'Generated when absent' })
  @IsOptional()
  @IsLedgerId()
  id?: string;

  @ApiProperty({ example: '2025-03-01', description: 'First service date covered (YYYY-MM-DD)' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2025-06-30', description: 'Last service date covered (YYYY-MM-DD)' })
  @IsCalendarDate()
  to!: string;
}
