import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsPlainText } from '../../shared/validation.js';

export const CSV_MEDIA_TYPE = 'text/csv';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A year of a city's records fits well within it; a larger file is split. */
export const IMPORT_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/** The file is the body; how to read it and what to call its source are in the query. */
export class ImportHoursQueryParams {
  @ApiProperty({
    example: '志愿汇',
    description: 'The system the hours come from (with each record id: idempotency)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @IsPlainText()
  source!: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'Check and report; write nothing',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: ['utf8', 'gbk'],
    description:
      "A CSV's encoding; by default UTF-8 when the bytes are valid UTF-8 (or start with a BOM), else GBK",
  })
  @IsOptional()
  @IsIn(['utf8', 'gbk'])
  encoding?: 'utf8' | 'gbk';
}
