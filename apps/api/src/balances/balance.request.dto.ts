import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/export-format.js';
import { AsOfQuery, ReadYourWritesQuery, toInteger } from '../shared/query-params.js';
import { IsInstant } from '../shared/validation.js';

export class BalanceQueryRequest extends AsOfQuery {}

export class LedgerQueryRequest extends ReadYourWritesQuery {
  @ApiPropertyOptional({ description: 'Sessions served from this instant on' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Sessions served before this instant' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({
    maximum: 1000,
    description: 'Entries per page: default 50 (JSON, at most 200) or 1000 (CSV, XLSX, at most 1000)',
  })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({
    description:
      'The ledger as it stood at this instant: entries, states, minutes and history recorded by then',
  })
  @IsOptional()
  @IsInstant()
  asKnownAt?: string;

  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    description: 'csv or xlsx (an Excel workbook); or send the Accept header of either',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
