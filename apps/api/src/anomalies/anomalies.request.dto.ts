import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, registerDecorator } from 'class-validator';
import { ReadYourWritesQuery, toInteger } from '../shared/query-params.js';
import { isCalendarDate, isInstant } from '../shared/validation.js';

export const ANOMALY_FORMATS = ['json', 'csv'] as const;
export const ANOMALY_PAGE = 50;
export const ANOMALY_CSV_PAGE = 1000;

function IsInstantOrDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstantOrDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          '$property must be an ISO 8601 date-time with an offset (2024-05-01T09:00:00+08:00) or a date (2024-05-01)',
      },
      validator: { validate: (value: unknown) => isInstant(value) || isCalendarDate(value) },
    });
}

export class AnomalyReportRequest extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    description:
      'Sessions whose service starts at or after this instant; a date means its midnight in the programme’s ' +
      'zone. Default: 31 days before `to`',
    example: '2024-07-01',
  })
  @IsOptional()
  @IsInstantOrDate()
  from?: string;

  @ApiPropertyOptional({
    description:
      'Sessions whose service starts before this instant (or date). Default: now. At most 366 days after `from`',
    example: '2024-08-01',
  })
  @IsOptional()
  @IsInstantOrDate()
  to?: string;

  @ApiPropertyOptional({ description: 'Findings per page: default 50 (JSON) or 1000 (CSV), at most 1000' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  cursor?: string;

  @ApiPropertyOptional({ enum: ANOMALY_FORMATS, description: 'csv, or send Accept: text/csv' })
  @IsOptional()
  @IsIn(ANOMALY_FORMATS)
  format?: (typeof ANOMALY_FORMATS)[number];
}
