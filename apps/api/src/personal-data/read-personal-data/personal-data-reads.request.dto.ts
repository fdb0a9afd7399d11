import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../shared/validation.js';

export class PersonalDataReadsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{1,15}$/)
  cursor?: string;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'First day of reads listed (YYYY-MM-DD, the programme’s zone), included',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    description: 'Last day of reads listed (YYYY-MM-DD, the programme’s zone), included',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
