import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/export-format.js';
import { ReadYourWritesQuery, toInteger } from '../shared/query-params.js';
import { IsCalendarDate, IsLedgerId } from '../shared/validation.js';

export class StudentCreditsRequest extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    description: 'The requirement in minutes; the policy’s own when absent',
    example: 2880,
  })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  requiredMinutes?: number;

  @ApiPropertyOptional({
    description: 'A service-credits policy id',
    default: 'school-service-credit',
  })
  @IsOptional()
  @IsLedgerId()
  policy?: string;

  @ApiPropertyOptional({
    description: 'First service date counted (YYYY-MM-DD); with `to`',
    example: '2025-09-01',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Last service date counted (YYYY-MM-DD); with `from`',
    example: '2026-06-30',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    description: 'csv or xlsx (an Excel workbook); or send the Accept header of either',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
